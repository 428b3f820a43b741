package dev.mosaic.semantic;

import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.MatchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search that chose {@link SemanticRanker.Tuning#DEFAULT}, on the <em>tuning</em> half only (never the held-out
 * half). Run by hand: {@code ./mvnw -pl mosaic-semantic test -Dtest=FusionTuning -Dfusion.tune=true}.
 */
@EnabledIfSystemProperty(named = "fusion.tune", matches = "true")
class FusionTuning {
    record Result(SemanticRanker.Tuning tuning, int right) {
    }

    @Test
    void searchTheWeightsOnTheTuningHalf() {
        List<Fixtures.Message> tuning = Fixtures.career("tuning.csv");
        List<Result> results = new ArrayList<>();
        for (double lexical : new double[] {0, 0.5, 1, 1.5, 2, 3}) {
            for (double library : new double[] {0, 0.5, 1, 1.5}) {
                for (double examples : new double[] {0, 0.5, 1, 1.5, 2}) {
                    for (int libraryK : new int[] {5, 10, 20}) {
                        for (int exampleK : new int[] {3, 5, 10}) {
                            SemanticRanker.Tuning t = new SemanticRanker.Tuning(lexical, library, examples, libraryK,
                                    exampleK, 0.5, 0.0, 0.30);
                            results.add(new Result(t, right(tuning, t)));
                        }
                    }
                }
            }
        }
        results.sort(Comparator.comparingInt(Result::right).reversed());
        System.out.printf("tuning half, %d career messages; best 15 of %d settings:%n", tuning.size(), results.size());
        results.stream().limit(15).forEach(r -> System.out.printf("  %.1f %%  %s%n",
                100.0 * r.right() / tuning.size(), r.tuning()));
        SemanticRanker.Tuning best = results.get(0).tuning();
        for (double serve : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
            SemanticRanker.Tuning t = new SemanticRanker.Tuning(best.lexical(), best.library(), best.examples(),
                    best.libraryNeighbours(), best.exampleNeighbours(), best.entryLexical(), serve, best.floor());
            int served = 0;
            int servedRight = 0;
            for (Fixtures.Message m : tuning) {
                MatchResult r = Fixtures.RANKER.fuse(m.lexical(), m.vector(), t, 5).result();
                if (r instanceof MatchResult.Matched) {
                    served++;
                    servedRight += r.best().orElseThrow().entry().tag().equals(m.label()) ? 1 : 0;
                }
            }
            System.out.printf("  serve at lead >= %.2f: %d served (%.1f %%), %.1f %% of them right%n", serve, served,
                    100.0 * served / tuning.size(), served == 0 ? 0 : 100.0 * servedRight / served);
        }
    }

    private static int right(List<Fixtures.Message> messages, SemanticRanker.Tuning t) {
        int right = 0;
        for (Fixtures.Message m : messages) {
            right += Fixtures.RANKER.fuse(m.lexical(), m.vector(), t, 1).result().best()
                    .map(b -> b.entry().tag().equals(m.label())).orElse(false) ? 1 : 0;
        }
        return right;
    }
}
