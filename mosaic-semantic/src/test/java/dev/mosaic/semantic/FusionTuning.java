package dev.mosaic.semantic;

import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The searches that chose {@link SemanticRanker.Tuning#DEFAULT}, on the <em>tuning</em> half only (never the held-out
 * half): the topic weights by top-1 category, then the serving thresholds by the blind grades of the tuning half's
 * entries ({@code grades-tuning.csv}). Run by hand:
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=FusionTuning -Dfusion.tune=true}.
 */
@EnabledIfSystemProperty(named = "fusion.tune", matches = "true")
class FusionTuning {
    record Result(SemanticRanker.Tuning tuning, int right) {
    }

    @Test
    void searchTheTopicWeightsOnTheTuningHalf() {
        List<Fixtures.Message> tuning = Fixtures.career("tuning.csv");
        List<Result> results = new ArrayList<>();
        for (double lexical : new double[] {0, 0.5, 1, 1.5, 2, 3}) {
            for (double library : new double[] {0, 0.5, 1, 1.5}) {
                for (double examples : new double[] {0, 0.5, 1, 1.5, 2}) {
                    for (int libraryK : new int[] {5, 10, 20}) {
                        for (int exampleK : new int[] {3, 5, 10}) {
                            SemanticRanker.Tuning t = SemanticRanker.Tuning.DEFAULT.withWeights(lexical, library,
                                    examples, libraryK, exampleK);
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
    }

    @Test
    void searchTheServingThresholdsOnTheTuningGrades() {
        Map<String, Integer> grades = Fixtures.grades("grades-tuning.csv");
        List<Fixtures.Message> tuning = Fixtures.career("tuning.csv");
        for (double lead : new double[] {0, 0.2, 0.3, 0.4}) {
            for (double gate : new double[] {0, 0.7, 0.75, 0.8, 0.85, 0.9}) {
                SemanticRanker.Tuning t = SemanticRanker.Tuning.DEFAULT.withServing(lead, gate);
                int served = 0;
                int right = 0;
                int graded = 0;
                int sum = 0;
                int zeros = 0;
                for (Fixtures.Message m : tuning) {
                    MatchResult result = Fixtures.RANKER.fuse(m.lexical(), m.vector(), t, 1).result();
                    if (!(result instanceof MatchResult.Matched)) {
                        continue;
                    }
                    PromptMatch best = result.best().orElseThrow();
                    served++;
                    right += best.entry().tag().equals(m.label()) ? 1 : 0;
                    Optional<Integer> grade = Fixtures.grade(grades, m, best.entry());
                    if (grade.isPresent()) {
                        graded++;
                        sum += grade.get();
                        zeros += grade.get() == 0 ? 1 : 0;
                    }
                }
                System.out.printf("lead >= %.1f, entry >= %.2f: served %d (%.0f %%), topic right %.1f %%, entry mean"
                                + " %.2f, zeros %.1f %% (%d graded)%n", lead, gate, served,
                        100.0 * served / tuning.size(), 100.0 * right / Math.max(1, served),
                        (double) sum / Math.max(1, graded), 100.0 * zeros / Math.max(1, graded), graded);
            }
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
