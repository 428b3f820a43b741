package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;

/**
 * One piece of resume feedback.
 *
 * @param rule a stable rule id such as {@code contact.email}
 * @param line the 1-based line it concerns, or 0 for the whole document
 * @param message what to change, concretely
 */
public record Suggestion(String rule, int line, String message) {
    /** Validates. */
    public Suggestion {
        Checks.text(rule, "rule");
        Checks.range(line, 0, Integer.MAX_VALUE, "line");
        Checks.text(message, "message");
    }
}
