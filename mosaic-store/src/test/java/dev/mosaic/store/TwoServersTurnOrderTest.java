package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import dev.mosaic.testing.CountingMetricsModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, deliverable 6: two servers sharing one database take turns of the same session at once, and still every
 * turn builds on the one before. Each server is its own {@link Mosaic} over its own store (its own connections, its
 * own locks), as two processes would be; only the database is shared.
 */
class TwoServersTurnOrderTest {
    private static final int TURNS = 60;

    private static final MetricsModel COUNTING = new CountingMetricsModel();

    @TempDir
    Path dir;

    @Test
    void onPostgresql() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            interleave(() -> PostgresStore.open(url));
        } finally {
            TestPostgres.dropSchemaOf(url);
        }
    }

    @Test
    void onOneSqliteFile() throws Exception {
        Path file = dir.resolve("shared.db");
        interleave(() -> SqliteStore.open(file));
    }

    private static void interleave(Supplier<Store> database) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (Store first = database.get(); Store second = database.get();
             Mosaic one = Mosaic.builder().store(first).metrics(COUNTING).build();
             Mosaic two = Mosaic.builder().store(second).metrics(COUNTING).build()) {
            SessionId session = one.sessions().create().id();
            List<Future<?>> turns = new ArrayList<>();
            for (int i = 0; i < TURNS; i++) {
                Mosaic server = i % 2 == 0 ? one : two;
                int n = i;
                turns.add(threads.submit(() -> server.coach().chat(session,
                        "I sent application number " + n + " for an analyst role today")));
            }
            for (Future<?> turn : turns) {
                turn.get();
            }
            List<Coach.Turn> history = two.coach().history(session, TURNS + 10);
            assertThat(history.stream().map(t -> t.metrics().clarity()).sorted().toList())
                    .as("each turn one more than the one before, whichever server took it")
                    .isEqualTo(IntStream.rangeClosed(1, TURNS).boxed().toList());
            assertThat(history.stream().map(Coach.Turn::number).sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, TURNS).boxed().toList());
        } finally {
            threads.shutdown();
        }
    }
}
