package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.Upload;
import dev.mosaic.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY G2-G4 on SQLite: concurrent writers, retention at the TTL boundary, erasure that leaves no bytes. */
class SqliteFaultTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path dir;

    /** Numbers only go up, so that no two turns of a session share one. */
    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

    private static Coach.Turn turn(String text) {
        return new Coach.Turn(NUMBERS.incrementAndGet(), text, "reply", new Metrics(1, 1, 1), CoachReply.Source.LIBRARY,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Instant.now());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothingAndTheWriterKeepsWorking() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("rollback.db"))) {
            SessionId first = SessionId.random(random);
            assertThatThrownBy(() -> store.write(h -> {
                h.createUpdate("INSERT INTO sessions (id, created_at, expires_at) VALUES (:id, 1, 2)")
                        .bind("id", first.value()).execute();
                throw new IllegalStateException("fails after its first statement");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.findSession(first)).isEmpty();
            SessionId second = SessionId.random(random);
            store.createSession(new Session(second, T0, T0.plus(Duration.ofDays(1))));
            store.appendTurn(second, turn("after the rollback"));
            assertThat(store.turns(second, 5)).hasSize(1);
        }
    }

    @Test
    void aCommitThatFailsIsRolledBackAndTheWriterKeepsWorking() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("commit.db"))) {
            // With deferred foreign keys the orphan turn is only refused at COMMIT: the commit itself fails.
            assertThatThrownBy(() -> store.write(h -> {
                h.execute("PRAGMA defer_foreign_keys = ON");
                return h.createUpdate("INSERT INTO turns (session_id, prompt, response, clarity, action, momentum, "
                        + "source, created_at) VALUES ('no-such-session', 'p', 'r', 1, 1, 1, 'LIBRARY', 1)").execute();
            })).isInstanceOf(MosaicException.class);
            SessionId id = SessionId.random(random);
            store.createSession(new Session(id, T0, T0.plus(Duration.ofDays(1))));
            store.replaceMatches(id, List.of()); // a multi-statement write: BEGIN works again
            store.appendTurn(id, turn("after the failed commit"));
            assertThat(store.turns(id, 5)).hasSize(1);
        }
    }

    @Test
    void sixteenWritersNeverSeeBusyErrors() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("busy.db"))) {
            SessionId id = SessionId.random(random);
            store.createSession(new Session(id, T0, T0.plus(Duration.ofDays(1))));
            AtomicInteger errors = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int writer = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        try {
                            store.appendTurn(id, turn("writer " + writer + " turn " + i));
                            if (i % 100 == 0) {
                                store.turns(id, 5); // readers run beside the writers
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                });
                thread.start();
                writers.add(thread);
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(errors.get()).isZero();
            assertThat(store.turns(id, 20_000)).hasSize(16_000);
        }
    }

    @Test
    void retentionSweepsAtTheTtlBoundaryOnly() {
        MutableClock clock = new MutableClock(T0);
        try (SqliteStore store = SqliteStore.open(dir.resolve("retention.db"))) {
            Mosaic mosaic = Mosaic.builder().store(store).clock(clock).sessionTtl(Duration.ofDays(30)).build();
            SessionId old = mosaic.sessions().create().id();
            mosaic.coach().chat(old, "I want to move into data analysis");
            clock.advance(Duration.ofDays(29));
            SessionId young = mosaic.sessions().create().id();
            assertThat(mosaic.sessions().sweepExpired()).isZero();
            assertThat(store.findSession(old)).isPresent();

            clock.advance(Duration.ofDays(2)); // old: TTL + 1 day; young: 2 days
            assertThat(mosaic.sessions().sweepExpired()).isEqualTo(1);
            assertThat(store.findSession(old)).isEmpty();
            assertThat(store.turns(old, 10)).isEmpty();
            assertThat(store.findSession(young)).isPresent();
        }
    }

    @Test
    void erasureLeavesNoCanaryInTheDatabaseOrItsWal() throws Exception {
        Path db = dir.resolve("erase.db");
        String canary = "CANARY-" + Long.toHexString(random.nextLong()) + "-ZEBRA";
        try (SqliteStore store = SqliteStore.open(db)) {
            SessionId keep = SessionId.random(random);
            SessionId erase = SessionId.random(random);
            store.createSession(new Session(keep, T0, T0.plus(Duration.ofDays(1))));
            store.createSession(new Session(erase, T0, T0.plus(Duration.ofDays(1))));
            for (int i = 0; i < 50; i++) {
                store.appendTurn(keep, turn("ordinary message " + i));
                store.appendTurn(erase, turn("my secret is " + canary + " number " + i));
            }
            byte[] file = ("resume of " + canary).getBytes(StandardCharsets.UTF_8);
            store.addUpload(erase, new Upload("u1", "cv.txt", DocumentReader.Type.TXT, file.length, "text " + canary, T0),
                    file);
            assertThat(occurrences(db, canary)).as("the canary is written at first").isPositive();

            assertThat(store.deleteSession(erase)).isTrue();
            assertThat(occurrences(db, canary)).as("canary bytes left after erasure").isZero();
            assertThat(store.turns(keep, 100)).hasSize(50);
        }
    }

    @Test
    void reopeningKeepsTheSchemaAndANewerSchemaIsRefused() {
        Path db = dir.resolve("schema.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
        }
        try (SqliteStore again = SqliteStore.open(db)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest());
            again.write(h -> h.execute("INSERT INTO mosaic_schema (version, name, applied_at) VALUES (99, 'x', 'y')"));
        }
        assertThatThrownBy(() -> SqliteStore.open(db)).isInstanceOf(MosaicException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void anUnopenableFileFailsWithAClearMessage() throws Exception {
        Path notADatabase = dir.resolve("garbage.db");
        Files.writeString(notADatabase, "this is not a database, just text ".repeat(100));
        assertThatThrownBy(() -> SqliteStore.open(notADatabase)).isInstanceOf(MosaicException.class)
                .hasMessageStartingWith("cannot open or migrate the SQLite database " + notADatabase);
    }

    @Test
    void migrationFilesSplitIntoStatements() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n ON a (x)");
    }

    private static long occurrences(Path db, String canary) throws Exception {
        long count = 0;
        for (Path file : List.of(db, Path.of(db + "-wal"))) {
            if (Files.exists(file)) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (int at = content.indexOf(canary); at >= 0; at = content.indexOf(canary, at + 1)) {
                    count++;
                }
            }
        }
        return count;
    }
}
