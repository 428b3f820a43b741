package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.session.SessionId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY G1: a process writing turns is killed with SIGKILL at random moments; no acknowledged turn is lost. */
class SqliteDurabilityTest {
    private static final int ROUNDS = 20;

    @Test
    void everyAcknowledgedTurnSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("durable.db");
        SplittableRandom random = new SplittableRandom(20261125);
        int totalAcked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 1 + random.nextInt(400);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DurabilityWriter.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            SessionId session = null;
            int lastAck = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("session ")) {
                        session = SessionId.parse(line.substring(8)).orElseThrow();
                    } else if (line.startsWith("ack ")) {
                        lastAck = Integer.parseInt(line.substring(4));
                        if (lastAck + 1 >= killAfter) {
                            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                            break;
                        }
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(session).as("round %d started", round).isNotNull();
            try (SqliteStore store = SqliteStore.open(db)) {
                assertThat(store.integrityCheck()).isEqualTo("ok");
                List<Coach.Turn> turns = store.turns(session, Integer.MAX_VALUE);
                Set<String> stored = new HashSet<>();
                turns.forEach(t -> stored.add(t.prompt()));
                for (int n = 0; n <= lastAck; n++) {
                    assertThat(stored).as("round %d, acknowledged turn %d", round, n).contains("message " + n);
                }
            }
            totalAcked += lastAck + 1;
        }
        System.out.println("[durability] " + ROUNDS + " kill -9 rounds, " + totalAcked + " acknowledged turns, 0 lost");
    }
}
