package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;

/**
 * Where a person stands: three integer scores in 0..100.
 *
 * @param clarity how specific the person is about their delta (target, criteria, self-knowledge)
 * @param action how concrete their next steps are (commitments, time bounds, counts, career actions)
 * @param momentum how much they are moving over time (completed actions, follow-through, engagement)
 */
public record Metrics(int clarity, int action, int momentum) {
    /** All zero: nothing known yet. */
    public static final Metrics ZERO = new Metrics(0, 0, 0);

    /** Validates the ranges. */
    public Metrics {
        Checks.range(clarity, 0, 100, "clarity");
        Checks.range(action, 0, 100, "action");
        Checks.range(momentum, 0, 100, "momentum");
    }

    /**
     * Builds metrics from raw values, clamping each into 0..100.
     *
     * @param clarity raw clarity
     * @param action raw action
     * @param momentum raw momentum
     * @return clamped metrics
     */
    public static Metrics clamped(int clarity, int action, int momentum) {
        return new Metrics(clamp(clarity), clamp(action), clamp(momentum));
    }

    /** {@return the metric with the lowest score (clarity first on ties)} */
    public Metric weakest() {
        Metric weakest = Metric.CLARITY;
        for (Metric metric : Metric.values()) {
            if (metric.of(this) < weakest.of(this)) {
                weakest = metric;
            }
        }
        return weakest;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }
}
