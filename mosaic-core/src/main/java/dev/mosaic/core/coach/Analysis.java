package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * What a session's turns say as a whole.
 *
 * @param turns how many turns were analysed
 * @param trend per metric, the change from the first analysed turn to the latest (negative = went down)
 * @param strongest the metric with the highest latest score
 * @param weakest the metric with the lowest latest score
 * @param themes the categories of the library entries the turns matched, most frequent first
 * @param nextStep a suggested next step for the weakest metric
 */
public record Analysis(int turns, Map<Metric, Integer> trend, Metric strongest, Metric weakest, List<String> themes,
                       String nextStep) {
    /** Validates and copies. */
    public Analysis {
        Checks.range(turns, 1, Integer.MAX_VALUE, "turns");
        trend = Map.copyOf(Checks.present(trend, "trend"));
        Checks.present(strongest, "strongest");
        Checks.present(weakest, "weakest");
        themes = Checks.list(themes, "themes");
        Checks.text(nextStep, "next_step");
    }
}
