package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/** The outcome of matching a message against the library: either ranked matches or an explicit no-match. */
public sealed interface MatchResult {
    /** {@return the best match, or empty for {@link NoMatch}} */
    Optional<PromptMatch> best();

    /** {@return the ranked matches, best first; empty for {@link NoMatch}} */
    List<PromptMatch> ranked();

    /**
     * At least one entry scored at or above the threshold.
     *
     * @param ranked the matches, best first, never empty
     */
    record Matched(List<PromptMatch> ranked) implements MatchResult {
        /** Validates and copies. */
        public Matched {
            ranked = Checks.list(ranked, "ranked");
            if (ranked.isEmpty()) {
                throw new IllegalArgumentException("a match has at least one entry");
            }
        }

        @Override
        public Optional<PromptMatch> best() {
            return Optional.of(ranked.get(0));
        }
    }

    /**
     * Nothing in the library fits the message well enough.
     *
     * @param reason why, for logs and explanations (e.g. "no library term in the message")
     */
    record NoMatch(String reason) implements MatchResult {
        /** Validates. */
        public NoMatch {
            Checks.text(reason, "reason");
        }

        @Override
        public Optional<PromptMatch> best() {
            return Optional.empty();
        }

        @Override
        public List<PromptMatch> ranked() {
            return List.of();
        }
    }
}
