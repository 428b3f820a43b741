package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of matching a message against the library: ranked matches sure enough to serve, candidates too close
 * to call (the coach asks which topic is meant), or an explicit no-match.
 */
public sealed interface MatchResult {
    /** {@return the best match; empty for {@link NoMatch}; for {@link Unsure} the likeliest, not one to serve} */
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
     * The library has candidates, but none is sure enough to answer with: below the serving threshold, a served
     * answer is wrong too often, so the coach asks which of the first two situations is closer to the person's.
     *
     * @param ranked the candidates, likeliest first, at least two (the first two are the ones to offer)
     */
    record Unsure(List<PromptMatch> ranked) implements MatchResult {
        /** Validates and copies. */
        public Unsure {
            ranked = Checks.list(ranked, "ranked");
            if (ranked.size() < 2) {
                throw new IllegalArgumentException("an unsure match offers at least two candidates");
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
