package dev.mosaic.semantic;

import dev.mosaic.core.internal.prompts.ExampleMessages;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.testing.EvaluationFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One model and one ranker per test JVM, and the labelled sets with their messages embedded once. */
final class Fixtures {
    static final Set<String> NOT_A_CATEGORY = Set.of("OFF_TOPIC", "VAGUE");
    static final MiniLm MODEL = MiniLm.load();
    static final PromptLibrary LIBRARY = PromptLibrary.bundled();
    static final List<SemanticRanker.Example> EXAMPLES = ExampleMessages.bundled();
    static final SemanticRanker RANKER = new SemanticRanker(LIBRARY, MODEL,
            LibraryVectors.of(SemanticRanker.texts(LIBRARY, EXAMPLES), MODEL, Optional.of(Path.of("target/vectors"))),
            EXAMPLES, SemanticRanker.Tuning.DEFAULT);

    private Fixtures() {
    }

    /**
     * {@return the blind grades of a grades file, by {@code message_id/entry_id}}
     *
     * @param file {@code grades-heldout.csv} or {@code grades-tuning.csv}
     */
    static Map<String, Integer> grades(String file) {
        Map<String, Integer> grades = new HashMap<>();
        for (CSVRecord row : EvaluationFiles.rows("/evaluation/understanding/" + file)) {
            grades.put(row.get("message_id") + "/" + row.get("entry_id"), Integer.parseInt(row.get("grade")));
        }
        return Map.copyOf(grades);
    }

    /** {@return the grade of that entry for that message, if it was graded} */
    static Optional<Integer> grade(Map<String, Integer> grades, Message message, PromptEntry entry) {
        return Optional.ofNullable(grades.get(message.id() + "/" + entry.id()));
    }

    /** A labelled career message, its lexical ranking and its vector. */
    record Message(String id, String message, String label, String kind, MatchResult lexical, float[] vector) {
    }

    /** {@return the career messages (not off-topic or vague) of one half of the blind understanding set} */
    static List<Message> career(String half) {
        return EvaluationFiles.rows("/evaluation/understanding/" + half).stream()
                .filter(r -> !NOT_A_CATEGORY.contains(r.get("label")))
                .map(r -> new Message(r.get("id"), r.get("message"), r.get("label"), r.get("kind"),
                        LIBRARY.match(r.get("message"), 20), MODEL.embed(r.get("message"))))
                .toList();
    }
}
