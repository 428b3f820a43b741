package dev.mosaic.core;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.resume.ResumeReview;
import dev.mosaic.core.resume.ResumeVersion;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Sessions;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Resume feedback through {@link ResumeReview}, with each reviewed text stored as a version. */
final class CheckedResumes implements Resumes {
    private static final SecureRandom IDS = new SecureRandom();

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;

    CheckedResumes(Store store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public ResumeFeedback feedback(String resume) {
        checkResume(resume);
        return ResumeReview.review(resume);
    }

    @Override
    public ResumeFeedback feedback(SessionId session, String resume) {
        ResumeFeedback feedback = feedback(resume);
        sessions.require(session);
        String summary = "score " + feedback.score() + "/100; " + feedback.suggestions().size() + " suggestion(s)";
        store.addResumeVersion(session, new ResumeVersion(newId(), Optional.empty(), "feedback", resume, summary,
                clock.instant()));
        return feedback;
    }

    @Override
    public List<ResumeVersion> versions(SessionId session) {
        sessions.require(session);
        return store.resumeVersions(session);
    }

    static void checkResume(String resume) {
        Checks.boundedText(resume, "resume", MAX_RESUME_LENGTH);
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
