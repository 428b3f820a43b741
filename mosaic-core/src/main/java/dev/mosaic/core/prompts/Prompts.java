package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.spi.Embedder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The prompt library facet: the active library, matching, and versions that can be switched at run time with an
 * atomic swap (queries in flight finish on the library they started with; none ever blocks). Thread-safe.
 */
public interface Prompts {
    /** {@return the library that answers queries now} */
    Prompts.Version active();

    /**
     * Ranks the active library for a message.
     *
     * @param message what the person said
     * @return ranked matches or a no match
     */
    MatchResult match(String message);

    /**
     * {@return the embedder of the semantic layer when matching fuses lexical and semantic ranking; empty when it is
     * lexical only}
     */
    Optional<Embedder> embedder();

    /** {@return every library held, oldest first} */
    List<Prompts.Version> versions();

    /**
     * Holds another library (its index is built now, before it can become active). Adding a library with the same
     * SHA-256 as one already held returns that version.
     *
     * @param library the library
     * @return its version
     */
    Prompts.Version add(PromptLibrary library);

    /**
     * Makes a held library the active one.
     *
     * @param sha256 the full SHA-256, or a unique prefix of at least 8 characters
     * @return the version now active
     * @throws dev.mosaic.core.NotFoundException with code {@code library_not_found}
     */
    Prompts.Version activate(String sha256);

    /**
     * {@return a facet holding just that library}
     *
     * @param initial the first, active library
     * @param clock the clock for version timestamps
     */
    static Prompts of(PromptLibrary initial, Clock clock) {
        return new dev.mosaic.core.internal.prompts.VersionedPrompts(initial, clock, java.util.Optional.empty());
    }

    /**
     * A library held by {@link Prompts}, numbered in the order it was added.
     *
     * @param number 1 for the first library added, then 2, 3...
     * @param library the library
     * @param addedAt when it was added
     */
    public record Version(int number, PromptLibrary library, Instant addedAt) {
        /** Validates. */
        public Version {
            Checks.range(number, 1, Integer.MAX_VALUE, "number");
            Checks.present(library, "library");
            Checks.present(addedAt, "added_at");
        }
    }
}
