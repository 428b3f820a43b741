package dev.mosaic.core.internal.coach;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The guided flow: a short, fixed sequence of reflection questions (kept as data in {@code prompts/guided-flow.csv})
 * that a person can opt into, leave at any time, and resume. Immutable and thread-safe.
 *
 * @param questions the questions, in order
 */
public record GuidedFlow(List<Coach.GuidedQuestion> questions) {
    /** The words that leave the flow when sent as a whole message (case and surrounding spaces ignored). */
    public static final List<String> EXIT_WORDS = List.of("exit", "stop", "leave", "quit", "exit guided flow",
            "stop the guided flow", "leave the guided flow");

    /** Validates and copies. */
    public GuidedFlow {
        questions = Checks.list(questions, "questions");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a guided flow needs at least one question");
        }
    }

    /** {@return the flow bundled with Mosaic} */
    public static GuidedFlow bundled() {
        try (InputStream in = GuidedFlow.class.getResourceAsStream("/dev/mosaic/core/prompts/bundled/guided-flow.csv")) {
            if (in == null) {
                throw new MosaicException(MosaicException.Code.INVALID_GUIDED_FLOW, "guided-flow.csv is missing from the jar");
            }
            List<Coach.GuidedQuestion> questions = new ArrayList<>();
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                questions.add(new Coach.GuidedQuestion(row.get("id"), row.get("question"), row.get("feeds")));
            }
            return new GuidedFlow(questions);
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.INVALID_GUIDED_FLOW, "cannot read guided-flow.csv: " + e.getMessage(), e);
        }
    }

    /**
     * {@return the question with this id, if the flow has it}
     *
     * @param id a question id such as {@code g3}
     */
    public Optional<Coach.GuidedQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * {@return the question after it, or empty when it was the last}
     *
     * @param id a question id
     */
    public Optional<Coach.GuidedQuestion> after(String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i + 1 < questions.size() ? Optional.of(questions.get(i + 1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return true when it asks to leave the flow}
     *
     * @param message a whole message
     */
    public static boolean isExit(String message) {
        return EXIT_WORDS.contains(message.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[.!]+$", ""));
    }
}
