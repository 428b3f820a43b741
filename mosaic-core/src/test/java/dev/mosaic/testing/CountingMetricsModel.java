package dev.mosaic.testing;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import java.util.List;

/**
 * A metrics model whose every turn adds one to clarity, so that a turn scored from a stale "previous" turn repeats a
 * number: the tests of turn ordering read the clarities of a session's turns and expect 1, 2, 3, ... Thread-safe.
 */
public final class CountingMetricsModel implements MetricsModel {
    @Override
    public String name() {
        return "counting";
    }

    @Override
    public Metrics initial() {
        return Metrics.ZERO;
    }

    @Override
    public MetricsModel.Score score(Metrics current, String message, List<Coach.Turn> earlier) {
        return new MetricsModel.Score(new Metrics(current.clarity() + 1, current.action(), current.momentum()),
                List.of());
    }
}
