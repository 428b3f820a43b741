package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One row of the prompt library.
 *
 * @param id stable unique id, e.g. {@code dm-014} (generated from the row number when the CSV has no id column)
 * @param prompt what a person might say
 * @param completion what a good coach answers
 * @param tag one of {@link PromptLibrary#TAGS}
 * @param keywords extra search terms, lowercase
 * @param nextStep one small action that fits this situation, offered beside the completion (never inside it)
 * @param followUp what the coach says when the person asks for more on the same situation ("what else?"): a second
 *     angle the completion does not give
 */
public record PromptEntry(String id, String prompt, String completion, String tag, List<String> keywords,
                          Optional<String> nextStep, Optional<String> followUp) {
    /** Validates and copies. */
    public PromptEntry {
        Checks.text(id, "id");
        Checks.text(prompt, "prompt");
        Checks.text(completion, "completion");
        Checks.text(tag, "tag");
        keywords = Checks.list(keywords, "keywords");
        Checks.present(nextStep, "next_step");
        nextStep.ifPresent(step -> Checks.text(step, "next_step"));
        Checks.present(followUp, "follow_up");
        followUp.ifPresent(text -> Checks.text(text, "follow_up"));
    }

    /**
     * An entry with no next step and no follow-up (the earlier library formats).
     *
     * @param id stable unique id
     * @param prompt what a person might say
     * @param completion what a good coach answers
     * @param tag one of {@link PromptLibrary#TAGS}
     * @param keywords extra search terms, lowercase
     */
    public PromptEntry(String id, String prompt, String completion, String tag, List<String> keywords) {
        this(id, prompt, completion, tag, keywords, Optional.empty(), Optional.empty());
    }
}
