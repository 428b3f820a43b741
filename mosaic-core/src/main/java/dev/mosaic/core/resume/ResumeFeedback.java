package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * What a recruiter's and an ATS's checks say about a resume.
 *
 * @param wordCount words in the text
 * @param lineCount non-empty lines in the text
 * @param score 0..100, the share of checks passed
 * @param suggestions what to change, in line order
 */
public record ResumeFeedback(int wordCount, int lineCount, int score, List<Suggestion> suggestions) {
    /** Validates and copies. */
    public ResumeFeedback {
        Checks.range(wordCount, 0, Integer.MAX_VALUE, "word_count");
        Checks.range(lineCount, 0, Integer.MAX_VALUE, "line_count");
        Checks.range(score, 0, 100, "score");
        suggestions = Checks.list(suggestions, "suggestions");
    }
}
