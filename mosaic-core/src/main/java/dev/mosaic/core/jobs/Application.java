package dev.mosaic.core.jobs;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.internal.Checks;
import java.time.Instant;
import java.util.Locale;

/**
 * One step of a person's application to a job; the pipeline history is the list of these, oldest first.
 *
 * @param jobId the opportunity
 * @param status the status reached
 * @param notes the person's notes (may be empty)
 * @param at when the status was set
 */
public record Application(String jobId, Application.Status status, String notes, Instant at) {
    /** Validates. */
    public Application {
        Checks.text(jobId, "job_id");
        Checks.present(status, "status");
        Checks.present(notes, "notes");
        Checks.present(at, "at");
    }

    /** Where an application stands in the pipeline. */
    public enum Status {
        /** Bookmarked, not yet sent. */
        SAVED,
        /** Sent. */
        APPLIED,
        /** In interviews. */
        INTERVIEWING,
        /** An offer arrived. */
        OFFER,
        /** The employer said no. */
        REJECTED,
        /** The person stepped back. */
        WITHDRAWN;

        /** {@return the lowercase name used in JSON} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * {@return the status}
         *
         * @param text a status name such as {@code applied}
         * @throws InvalidInputException naming the accepted values
         */
        public static Status parse(String text) {
            for (Status status : values()) {
                if (status.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                    return status;
                }
            }
            throw new InvalidInputException("status", "unknown status '" + text
                    + "'; expected saved, applied, interviewing, offer, rejected or withdrawn");
        }
    }
}
