package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * What a recruiter's and an ATS's checks say about a resume.
 *
 * @param wordCount words in the text
 * @param lineCount non-empty lines in the text
 * @param score 0..100, the share of checks passed
 * @param suggestions what to change, in line order (document-level ones, line 0, first)
 * @param parts the score's parts, each 0..100 (contact, sections, length_and_dates, bullets, language, and
 *              keywords when a job was given); the score is their mean
 */
public record ResumeFeedback(int wordCount, int lineCount, int score, List<Suggestion> suggestions,
                             java.util.Map<String, Integer> parts) {
    /** Validates and copies. */
    public ResumeFeedback {
        Checks.range(wordCount, 0, Integer.MAX_VALUE, "word_count");
        Checks.range(lineCount, 0, Integer.MAX_VALUE, "line_count");
        Checks.range(score, 0, 100, "score");
        suggestions = Checks.list(suggestions, "suggestions");
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Checks.present(parts, "parts")));
    }
}
