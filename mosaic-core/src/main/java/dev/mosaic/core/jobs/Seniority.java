package dev.mosaic.core.jobs;

import dev.mosaic.core.InvalidInputException;
import java.util.Locale;

/** Job levels, in order. */
public enum Seniority {
    /** Entry level, graduate, apprentice. */
    ENTRY,
    /** Mid level. */
    MID,
    /** Senior. */
    SENIOR,
    /** Lead, principal, staff, manager of a team. */
    LEAD,
    /** Director and above. */
    DIRECTOR;

    /** {@return the lowercase name used in data files and JSON} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the level}
     *
     * @param text a level name such as {@code senior}
     * @throws InvalidInputException naming the accepted values
     */
    public static Seniority parse(String text) {
        for (Seniority level : values()) {
            if (level.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        throw new InvalidInputException("seniority", "unknown level '" + text
                + "'; expected entry, mid, senior, lead or director");
    }
}
