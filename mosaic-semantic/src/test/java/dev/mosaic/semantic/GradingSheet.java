package dev.mosaic.semantic;

import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptMatch;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the blind grading sheet for the held-out half: each career message with the top library entry of the fused
 * ranker and of the lexical matcher (one row when both pick the same entry), shuffled, with nothing that says which
 * ranker chose it. A helper grades the rows against {@code evaluation/understanding/RUBRIC.md}; the grades are
 * committed as {@code grades-heldout.csv} and read by {@link EntryGradesTest}. Run by hand:
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=GradingSheet -Dgrading.sheet=true}.
 */
@EnabledIfSystemProperty(named = "grading.sheet", matches = "true")
class GradingSheet {
    /** One message-entry pair to grade. */
    record Row(String messageId, String message, PromptEntry entry) {
    }

    @Test
    void writeTheSheet() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Fixtures.Message m : Fixtures.career("heldout.csv")) {
            Set<PromptEntry> entries = new LinkedHashSet<>();
            Fixtures.RANKER.fuse(m.lexical(), m.vector(), SemanticRanker.Tuning.DEFAULT, 1).result().best()
                    .map(PromptMatch::entry).ifPresent(entries::add);
            m.lexical().best().map(PromptMatch::entry).ifPresent(entries::add);
            entries.forEach(e -> rows.add(new Row(m.id(), m.message(), e)));
        }
        Collections.shuffle(rows, new Random(18));
        Path out = Path.of("target/grading/sheet.csv");
        write(out, rows);
        System.out.println(rows.size() + " rows written to " + out);
    }

    /**
     * The pairs the fused ranker now picks on the held-out half that nobody has graded yet (after a change to the
     * ranking), shuffled, for a new blind grader; their grades join {@code grades-heldout.csv}. Run by hand with
     * {@code -Dtest=GradingSheet -Dgrading.sheet=true}.
     */
    @Test
    void writeTheUngradedSheet() throws IOException {
        Map<String, Integer> grades = Fixtures.grades("grades-heldout.csv");
        List<Row> rows = new ArrayList<>();
        for (Fixtures.Message m : Fixtures.career("heldout.csv")) {
            Fixtures.RANKER.fuse(m.lexical(), m.vector(), SemanticRanker.Tuning.DEFAULT, 1).result().best()
                    .map(PromptMatch::entry).filter(e -> Fixtures.grade(grades, m, e).isEmpty())
                    .ifPresent(e -> rows.add(new Row(m.id(), m.message(), e)));
        }
        Collections.shuffle(rows, new Random(1812));
        Path out = Path.of("target/grading/ungraded-sheet.csv");
        write(out, rows);
        System.out.println(rows.size() + " ungraded rows written to " + out);
    }

    /**
     * The tuning half's sheet, for choosing how the entry is picked within the winning topic: the entries that
     * several settings of {@link SemanticRanker.Tuning#entryLexical} pick, and the lexical matcher's, in two shuffled
     * halves for two graders. Run by hand with {@code -Dtest=GradingSheet -Dgrading.sheet=true}.
     */
    @Test
    void writeTheTuningSheets() throws IOException {
        List<Row> rows = new ArrayList<>();
        SemanticRanker.Tuning d = SemanticRanker.Tuning.DEFAULT;
        for (Fixtures.Message m : Fixtures.career("tuning.csv")) {
            Set<PromptEntry> entries = new LinkedHashSet<>();
            for (double entryLexical : new double[] {0, 0.5, 2.0}) {
                SemanticRanker.Tuning t = d.withEntryLexical(entryLexical);
                Fixtures.RANKER.fuse(m.lexical(), m.vector(), t, 1).result().best().map(PromptMatch::entry)
                        .ifPresent(entries::add);
            }
            m.lexical().best().map(PromptMatch::entry).ifPresent(entries::add);
            entries.forEach(e -> rows.add(new Row(m.id(), m.message(), e)));
        }
        Collections.shuffle(rows, new Random(1818));
        int half = rows.size() / 2;
        write(Path.of("target/grading/tuning-sheet-1.csv"), rows.subList(0, half));
        write(Path.of("target/grading/tuning-sheet-2.csv"), rows.subList(half, rows.size()));
        System.out.println(rows.size() + " tuning rows written in two sheets");
    }

    /** Writes rows as the grader reads them: the message, the entry's situation and reply, and empty grade columns. */
    private static void write(Path out, List<Row> rows) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader("message_id", "entry_id", "message", "entry_prompt", "entry_completion", "grade",
                             "note").get())) {
            for (Row row : rows) {
                csv.printRecord(row.messageId(), row.entry().id(), row.message(), row.entry().prompt(),
                        row.entry().completion(), "", "");
            }
        }
    }
}
