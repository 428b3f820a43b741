package dev.mosaic.core.coach;

import java.util.Locale;

/** The three coaching metrics. */
public enum Metric {
    /** How specific the person is about where they want to be. */
    CLARITY,
    /** How concrete their next steps are. */
    ACTION,
    /** How much they are moving over time. */
    MOMENTUM;

    /**
     * {@return this metric's score in it}
     *
     * @param metrics a set of scores
     */
    public int of(Metrics metrics) {
        return switch (this) {
            case CLARITY -> metrics.clarity();
            case ACTION -> metrics.action();
            case MOMENTUM -> metrics.momentum();
        };
    }

    /** {@return the lowercase name used in JSON, e.g. {@code clarity}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
