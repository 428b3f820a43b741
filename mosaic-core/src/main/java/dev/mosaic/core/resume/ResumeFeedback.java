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
public record ResumeFeedback(int wordCount, int lineCount, int score, List<ResumeFeedback.Suggestion> suggestions,
                             java.util.Map<String, Integer> parts) {
    /** Validates and copies. */
    public ResumeFeedback {
        Checks.range(wordCount, 0, Integer.MAX_VALUE, "word_count");
        Checks.range(lineCount, 0, Integer.MAX_VALUE, "line_count");
        Checks.range(score, 0, 100, "score");
        suggestions = Checks.list(suggestions, "suggestions");
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Checks.present(parts, "parts")));
    }

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
}
