package dev.mosaic.core.jobs;

import dev.mosaic.core.InvalidInputException;
import java.util.Locale;

/** Where an application stands in the pipeline. */
public enum ApplicationStatus {
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
    public static ApplicationStatus parse(String text) {
        for (ApplicationStatus status : values()) {
            if (status.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new InvalidInputException("status", "unknown status '" + text
                + "'; expected saved, applied, interviewing, offer, rejected or withdrawn");
    }
}
