package dev.mosaic.semantic;

import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.PromptEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Ablations and entry-text variants, on the tuning half only. */
@EnabledIfSystemProperty(named = "fusion.tune", matches = "true")
class FusionExperiments {
    @Test
    void variants() {
        List<Fixtures.Message> tuning = Fixtures.career("tuning.csv");
        SemanticRanker.Tuning d = SemanticRanker.Tuning.DEFAULT;
        report("default", tuning, Fixtures.RANKER, d);
        report("no examples", tuning, Fixtures.RANKER, with(d, d.lexical(), d.library(), 0));
        report("no library vote", tuning, Fixtures.RANKER, with(d, d.lexical(), 0, d.examples()));
        report("no lexical", tuning, Fixtures.RANKER, with(d, 0, d.library(), d.examples()));
        report("examples 1.5", tuning, Fixtures.RANKER, with(d, d.lexical(), d.library(), 1.5));
        Function<PromptEntry, String> keywords = e -> e.prompt() + " " + String.join(", ", e.keywords());
        Function<PromptEntry, String> completion = e -> e.prompt() + " " + e.completion();
        report("prompt + keywords", tuning, ranker(keywords), d);
        report("prompt + completion", tuning, ranker(completion), d);
    }

    /** The blind grades of the tuning half's entries, for each way of picking the entry within the topic. */
    @Test
    void entryChoiceOnTheTuningGrades() {
        java.util.Map<String, Integer> grades = Fixtures.grades("grades-tuning.csv");
        List<Fixtures.Message> tuning = Fixtures.career("tuning.csv");
        SemanticRanker.Tuning d = SemanticRanker.Tuning.DEFAULT;
        for (double entryLexical : new double[] {0, 0.5, 2.0}) {
            SemanticRanker.Tuning t = d.withEntryLexical(entryLexical);
            int[] all = new int[3];
            int[] served = new int[3];
            for (Fixtures.Message m : tuning) {
                var result = Fixtures.RANKER.fuse(m.lexical(), m.vector(), t, 1).result();
                Integer g = result.best().map(b -> Fixtures.grade(grades, m, b.entry()).orElse(null)).orElse(null);
                if (g != null) {
                    all[0]++; all[1] += g; all[2] += g == 0 ? 1 : 0;
                    if (result instanceof dev.mosaic.core.prompts.MatchResult.Matched) {
                        served[0]++; served[1] += g; served[2] += g == 0 ? 1 : 0;
                    }
                }
            }
            System.out.printf("entryLexical %.1f: all %d mean %.2f zeros %.1f %%; served %d mean %.2f zeros %.1f %%%n",
                    entryLexical, all[0], (double) all[1] / all[0], 100.0 * all[2] / all[0], served[0],
                    (double) served[1] / served[0], 100.0 * served[2] / served[0]);
        }
        // Could a confident lexical match skip the embedding? Grades of lexical's and the fusion's entry on the
        // messages where lexical is at least that confident.
        for (double c : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85}) {
            int count = 0;
            int lexSum = 0;
            int fusedSum = 0;
            int lexZeros = 0;
            int fusedZeros = 0;
            int fusedServed = 0;
            int graded = 0;
            for (Fixtures.Message m : tuning) {
                var lexBest = m.lexical().best();
                if (lexBest.isEmpty() || lexBest.get().confidence() < c) {
                    continue;
                }
                count++;
                var fused = Fixtures.RANKER.fuse(m.lexical(), m.vector(), d, 1).result();
                Integer gl = Fixtures.grade(grades, m, lexBest.get().entry()).orElse(null);
                Integer gf = fused.best().map(b -> Fixtures.grade(grades, m, b.entry()).orElse(null)).orElse(null);
                fusedServed += fused instanceof dev.mosaic.core.prompts.MatchResult.Matched ? 1 : 0;
                if (gl != null && gf != null) {
                    graded++;
                    lexSum += gl;
                    fusedSum += gf;
                    lexZeros += gl == 0 ? 1 : 0;
                    fusedZeros += gf == 0 ? 1 : 0;
                }
            }
            System.out.printf("lexical confidence >= %.2f: %d messages (%.0f %%); lexical entry mean %.2f (%d zeros),"
                            + " fused entry mean %.2f (%d zeros), fused would serve %d; %d graded%n", c, count,
                    100.0 * count / tuning.size(), (double) lexSum / Math.max(1, graded), lexZeros,
                    (double) fusedSum / Math.max(1, graded), fusedZeros, fusedServed, graded);
        }
        int[] lex = new int[3];
        for (Fixtures.Message m : tuning) {
            Integer g = m.lexical().best().map(b -> Fixtures.grade(grades, m, b.entry()).orElse(null)).orElse(null);
            if (g != null) {
                lex[0]++; lex[1] += g; lex[2] += g == 0 ? 1 : 0;
            }
        }
        System.out.printf("lexical: %d mean %.2f zeros %.1f %%%n", lex[0], (double) lex[1] / lex[0],
                100.0 * lex[2] / lex[0]);
    }

    private static SemanticRanker.Tuning with(SemanticRanker.Tuning t, double lexical, double library, double ex) {
        return t.withWeights(lexical, library, ex, t.libraryNeighbours(), t.exampleNeighbours());
    }

    private static SemanticRanker ranker(Function<PromptEntry, String> entryText) {
        List<String> texts = new ArrayList<>();
        Fixtures.LIBRARY.entries().forEach(e -> texts.add(entryText.apply(e)));
        Fixtures.EXAMPLES.forEach(e -> texts.add(e.message()));
        return new SemanticRanker(Fixtures.LIBRARY, Fixtures.MODEL,
                LibraryVectors.of(texts, Fixtures.MODEL, Optional.of(Path.of("target/vectors"))), Fixtures.EXAMPLES,
                SemanticRanker.Tuning.DEFAULT);
    }

    private static void report(String name, List<Fixtures.Message> messages, SemanticRanker ranker,
                               SemanticRanker.Tuning t) {
        int right = 0;
        for (Fixtures.Message m : messages) {
            right += ranker.fuse(m.lexical(), m.vector(), t, 1).result().best()
                    .map(b -> b.entry().tag().equals(m.label())).orElse(false) ? 1 : 0;
        }
        System.out.printf("%-22s %.1f %%%n", name, 100.0 * right / messages.size());
    }
}
