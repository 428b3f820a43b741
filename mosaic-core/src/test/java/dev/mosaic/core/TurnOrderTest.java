package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A session's turns run one at a time, each scored from the metrics the previous turn left: sixteen threads sending turns to one session at once lose no step.
 */
class TurnOrderTest {
    /** Each turn adds one to clarity: a turn scored from a stale "previous" would repeat a number. */
    private static final MetricsModel COUNTING = new MetricsModel() {
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
    };

    @Test
    void concurrentTurnsOfOneSessionEachBuildOnThePreviousOne() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try (Mosaic mosaic = Mosaic.builder().metrics(COUNTING).build()) {
            SessionId session = mosaic.sessions().create().id();
            List<Future<?>> turns = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                int n = i;
                turns.add(threads.submit(() -> mosaic.coach().chat(session,
                        "I sent application number " + n + " for an analyst role today")));
            }
            for (Future<?> turn : turns) {
                turn.get();
            }
            List<Integer> clarity = mosaic.coach().history(session, 100).stream().map(t -> t.metrics().clarity())
                    .sorted().toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 90; i++) {
                expected.add(i);
            }
            assertThat(clarity).as("each turn one more than the one before").isEqualTo(expected);
        } finally {
            threads.shutdown();
        }
    }
}
