package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;

/**
 * One piece of evidence that moved a metric, with the text that produced it.
 *
 * @param metric the metric it moved
 * @param name a stable signal name such as {@code named_target} or {@code word_count}
 * @param weight how much it moved the per-message score (negative pulls down)
 * @param text the span of the message that produced it (may be empty for whole-message signals)
 */
public record Signal(Metric metric, String name, int weight, String text) {
    /** Validates the fields. */
    public Signal {
        Checks.present(metric, "metric");
        Checks.text(name, "name");
        Checks.present(text, "text");
    }
}
