package dev.mosaic.core.care;

import dev.mosaic.core.internal.Checks;
import java.util.Locale;

/**
 * One place a person in crisis can turn to, as a person reads it.
 *
 * @param name who it is, for example {@code 988 Suicide & Crisis Lifeline}
 * @param contact how to reach it, for example {@code Call or text 988}
 * @param kind what it is for
 */
public record CrisisResource(String name, String contact, Kind kind) {
    /** Validates the fields. */
    public CrisisResource {
        Checks.text(name, "name");
        Checks.text(contact, "contact");
        Checks.present(kind, "kind");
    }

    /** What a resource is for. */
    public enum Kind {
        /** The emergency services. */
        EMERGENCY,
        /** A crisis or suicide-prevention line. */
        CRISIS_LINE,
        /** A line for people living with abuse or violence. */
        ABUSE_LINE;

        /** {@return the lowercase name used in data files and JSON} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
