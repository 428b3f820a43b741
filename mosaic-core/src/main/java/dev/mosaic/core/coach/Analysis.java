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
 * @param commitments what the person committed to, oldest first, and whether a later turn reported it done
 */
public record Analysis(int turns, Map<Metric, Integer> trend, Metric strongest, Metric weakest, List<String> themes,
                       String nextStep, List<Commitment> commitments) {
    /**
     * Something the person said they would do.
     *
     * @param text the message that made the commitment
     * @param done whether a later message reported it done
     */
    public record Commitment(String text, boolean done) {
        /** Validates. */
        public Commitment {
            Checks.text(text, "text");
        }
    }

    /** Validates and copies. */
    public Analysis {
        Checks.range(turns, 1, Integer.MAX_VALUE, "turns");
        trend = Map.copyOf(Checks.present(trend, "trend"));
        Checks.present(strongest, "strongest");
        Checks.present(weakest, "weakest");
        themes = Checks.list(themes, "themes");
        Checks.text(nextStep, "next_step");
        commitments = Checks.list(commitments, "commitments");
    }
}
