package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Upload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Resume tools: feedback, and the versions a session has stored. Thread-safe. */
public interface Resumes {
    /** Longest accepted resume text, in characters. */
    int MAX_RESUME_LENGTH = 100_000;

    /**
     * Runs the recruiter and ATS checks on a text, without storing anything.
     *
     * @param resume the resume text
     * @return the feedback
     */
    ResumeFeedback feedback(String resume);

    /**
     * Runs the checks and stores the text as a version of the session.
     *
     * @param session the session
     * @param resume the resume text
     * @return the feedback
     */
    ResumeFeedback feedback(SessionId session, String resume);

    /**
     * Runs the checks, with the keyword coverage of a target job when one is given, and stores the text as a
     * version of the session.
     *
     * @param session the session
     * @param resume the resume text
     * @param jobId an opportunity whose skills the resume should cover
     * @return the feedback
     * @throws dev.mosaic.core.NotFoundException with code {@code job_not_found} for an unknown job
     */
    ResumeFeedback feedback(SessionId session, String resume, String jobId);

    /**
     * {@return its stored versions, newest first}
     *
     * @param session the session
     */
    List<Resumes.Version> versions(SessionId session);

    /**
     * {@return the documents the session uploaded (metadata and the text read), newest first}
     *
     * @param session the session
     */
    List<Upload> uploads(SessionId session);

    /**
     * Reads an uploaded document (type recognised from its content; PDF and DOCX when their readers are installed),
     * stores its bytes and text under a generated id, and makes its text part of the person's profile.
     *
     * @param session the session
     * @param filename the client's file name (kept only as sanitised metadata)
     * @param content the bytes
     * @return what was stored, with a short summary of what was read
     * @throws dev.mosaic.core.MosaicException {@code filename_required}, {@code unsupported_file_type},
     *         {@code unreadable_document} (also for a document with no text) or {@code document_too_long} (its text
     *         is longer than {@link #MAX_RESUME_LENGTH} characters)
     */
    ReadDocument upload(SessionId session, String filename, byte[] content);

    /**
     * Rewrites a resume: cleaner sections, stronger verbs, no filler, nothing invented. With an AI model the model
     * writes it and a fabrication guard refuses any employer, title, date, degree or number the source lacks (then
     * the offline rewrite is used). Stored as a version.
     *
     * @param session the session
     * @param request the text (or the session's newest document), an opportunity to note and a label
     * @return the stored version
     * @throws dev.mosaic.core.InvalidInputException when there is no source at all
     */
    RewriteResult rewrite(SessionId session, RewriteRequest request);

    /**
     * Tailors a resume to one opportunity: bullets reordered by relevance, matching skills surfaced, gaps listed.
     *
     * @param session the session
     * @param jobId the opportunity
     * @param resume the resume text
     * @param highlightSkills skills the person wants first (surfaced only if the resume shows them)
     * @return the stored version with the matching skills and gaps
     * @throws dev.mosaic.core.NotFoundException with code {@code job_not_found}
     */
    RewriteResult customize(SessionId session, String jobId, String resume, List<String> highlightSkills);

    /**
     * A stored resume text: a rewrite, a tailored version or a text that received feedback.
     *
     * @param id unique id
     * @param jobId the opportunity it was tailored to, if any
     * @param name a label such as {@code feedback} or {@code tailored for Acme}
     * @param content the resume text
     * @param feedback a readable summary of the feedback given on it (may be empty)
     * @param createdAt when it was stored
     */
    public record Version(String id, Optional<String> jobId, String name, String content, String feedback,
                                Instant createdAt) {
        /** Validates. */
        public Version {
            Checks.text(id, "id");
            Checks.present(jobId, "job_id");
            Checks.text(name, "version_name");
            Checks.present(content, "content");
            Checks.present(feedback, "feedback");
            Checks.present(createdAt, "created_at");
        }
    }
}
