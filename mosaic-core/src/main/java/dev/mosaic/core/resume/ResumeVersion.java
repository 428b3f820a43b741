package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

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
public record ResumeVersion(String id, Optional<String> jobId, String name, String content, String feedback,
                            Instant createdAt) {
    /** Validates. */
    public ResumeVersion {
        Checks.text(id, "id");
        Checks.present(jobId, "job_id");
        Checks.text(name, "version_name");
        Checks.present(content, "content");
        Checks.present(feedback, "feedback");
        Checks.present(createdAt, "created_at");
    }
}
