package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * One row of the prompt library.
 *
 * @param id stable unique id, e.g. {@code dm-014} (generated from the row number when the CSV has no id column)
 * @param prompt what a person might say
 * @param completion what a good coach answers
 * @param tag one of {@link PromptLibrary#TAGS}
 * @param keywords extra search terms, lowercase
 */
public record PromptEntry(String id, String prompt, String completion, String tag, List<String> keywords) {
    /** Validates and copies. */
    public PromptEntry {
        Checks.text(id, "id");
        Checks.text(prompt, "prompt");
        Checks.text(completion, "completion");
        Checks.text(tag, "tag");
        keywords = Checks.list(keywords, "keywords");
    }
}
