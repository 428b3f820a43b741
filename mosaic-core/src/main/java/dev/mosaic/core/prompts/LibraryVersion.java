package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;

/**
 * A library held by {@link Prompts}, numbered in the order it was added.
 *
 * @param number 1 for the first library added, then 2, 3...
 * @param library the library
 * @param addedAt when it was added
 */
public record LibraryVersion(int number, PromptLibrary library, Instant addedAt) {
    /** Validates. */
    public LibraryVersion {
        Checks.range(number, 1, Integer.MAX_VALUE, "number");
        Checks.present(library, "library");
        Checks.present(addedAt, "added_at");
    }
}
