package dev.mosaic.benchmarks;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import dev.mosaic.store.PostgresStore;
import dev.mosaic.store.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable turn writes (each one a committed transaction, as the coach does per message) and session reads (the 25
 * newest turns, as a coaching turn reads them). SQLite by default; PostgreSQL with
 * {@code -p store=postgresql -jvmArgs -Dmosaic.bench.postgres=jdbc:postgresql://...}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class StoreBenchmark {
    @Param({"sqlite"})
    public String store;

    Store target;
    SessionId session;
    Path dir;
    long counter;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (store.equals("postgresql")) {
            target = PostgresStore.open(System.getProperty("mosaic.bench.postgres"));
        } else {
            dir = Files.createTempDirectory("mosaic-bench-");
            target = SqliteStore.open(dir.resolve("bench.db"));
        }
        session = SessionId.random(new SecureRandom());
        Instant now = Instant.now();
        target.createSession(new Session(session, now, now.plus(Duration.ofDays(1))));
        for (int i = 0; i < 100; i++) {
            write();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        target.deleteSession(session);
        target.close();
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    public void appendTurn() {
        write();
    }

    @Benchmark
    public List<Coach.Turn> readSession() {
        return target.turns(session, 25);
    }

    private void write() {
        long n = counter++;
        boolean stored = target.appendTurn(session, new Coach.Turn((int) n + 1, "I applied to 3 jobs this week, message " + n,
                "Good momentum. What did you learn from the first reply?", new Metrics(40, 55, 62),
                CoachReply.Source.LIBRARY, Optional.of("cs-001"), Optional.of("Career Search"), Optional.empty(),
                Optional.empty(), Instant.now()));
        if (!stored) {
            throw new IllegalStateException("turn " + (n + 1) + " was not stored: the benchmark's state is shared");
        }
    }
}
