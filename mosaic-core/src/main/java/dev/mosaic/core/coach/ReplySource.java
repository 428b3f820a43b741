package dev.mosaic.core.coach;

import java.util.Locale;

/** Which path produced a coaching reply. */
public enum ReplySource {
    /** An AI model wrote it, grounded in the library. */
    MODEL,
    /** The best-matching library completion, with a next-step nudge. */
    LIBRARY,
    /** Nothing in the library fitted: a clarifying question. */
    CLARIFY,
    /** A question of the opt-in guided flow. */
    GUIDED;

    /** {@return the lowercase JSON name} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
