package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;

/**
 * One step of a person's application to a job; the pipeline history is the list of these, oldest first.
 *
 * @param jobId the opportunity
 * @param status the status reached
 * @param notes the person's notes (may be empty)
 * @param at when the status was set
 */
public record Application(String jobId, ApplicationStatus status, String notes, Instant at) {
    /** Validates. */
    public Application {
        Checks.text(jobId, "job_id");
        Checks.present(status, "status");
        Checks.present(notes, "notes");
        Checks.present(at, "at");
    }
}
