package dev.mosaic.core;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.resume.ReadDocument;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.resume.ResumeReview;
import dev.mosaic.core.resume.ResumeVersion;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Sessions;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.DocumentType;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
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

    private final List<DocumentReader> readers;
    private final dev.mosaic.core.jobs.Jobs jobs;

    CheckedResumes(Store store, Sessions sessions, Clock clock, List<DocumentReader> readers,
                   dev.mosaic.core.jobs.Jobs jobs) {
        this.jobs = jobs;
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.readers = List.copyOf(readers);
    }

    @Override
    public ResumeFeedback feedback(String resume) {
        checkResume(resume);
        return ResumeReview.review(resume);
    }

    @Override
    public ResumeFeedback feedback(SessionId session, String resume, Optional<String> jobId) {
        checkResume(resume);
        sessions.require(session);
        List<String> keywords = jobId.map(id -> jobs.find(id).orElseThrow(() -> new NotFoundException(
                "job_not_found", "no opportunity " + id))).map(o -> {
                    List<String> all = new java.util.ArrayList<>(o.mustHave());
                    all.addAll(o.niceToHave());
                    return all;
                }).orElse(List.of());
        ResumeFeedback feedback = ResumeReview.review(resume, keywords);
        String summary = "score " + feedback.score() + "/100; " + feedback.suggestions().size() + " suggestion(s)";
        store.addResumeVersion(session, new ResumeVersion(newId(), jobId, "feedback", resume, summary,
                clock.instant()));
        return feedback;
    }

    @Override
    public ReadDocument upload(SessionId session, String filename, byte[] content) {
        String name = sanitise(filename);
        if (name.isEmpty()) {
            throw new MosaicException("filename_required", "the upload has no file name");
        }
        sessions.require(session);
        DocumentType type = DocumentType.sniff(content, name).orElseThrow(() -> new MosaicException(
                "unsupported_file_type", "only PDF, DOCX, TXT and MD files are accepted, recognised by content"));
        DocumentReader reader = readers.stream().filter(r -> r.types().contains(type)).findFirst()
                .orElseThrow(() -> new MosaicException("unsupported_file_type", "no reader for " + type.key()
                        + " is installed"));
        String text = reader.read(content, type);
        Upload upload = new Upload(newId(), name, type, content.length, text, clock.instant());
        store.addUpload(session, upload, content);
        int lines = (int) text.lines().filter(l -> !l.isBlank()).count();
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return new ReadDocument(upload, words, lines, ResumeReview.sections(text));
    }

    /** The last path segment, without control, format (bidi override) or path characters, at most 120 chars. */
    static String sanitise(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && c != ':' && c != '*' && c != '?' && c != '"' && c != '<' && c != '>' && c != '|')
                .forEach(out::appendCodePoint);
        String clean = out.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        return clean.length() > 120 ? clean.substring(clean.length() - 120) : clean;
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
