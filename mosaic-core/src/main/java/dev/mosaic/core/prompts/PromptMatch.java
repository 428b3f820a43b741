package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * A library entry ranked for a message.
 *
 * @param entry the entry
 * @param score its relevance score (BM25 family; higher is better, not bounded)
 * @param confidence how sure the matcher is that this entry fits, 0..1
 * @param matchedTerms the normalised message terms that matched the entry
 */
public record PromptMatch(PromptEntry entry, double score, double confidence, List<String> matchedTerms) {
    /** Validates and copies. */
    public PromptMatch {
        Checks.present(entry, "entry");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        matchedTerms = Checks.list(matchedTerms, "matched_terms");
    }
}
