package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.testing.CountingMetricsModel;
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
    private static final MetricsModel COUNTING = new CountingMetricsModel();

    /**
     * The model is asked with no lock held: while one turn waits seconds for the model, the next turn of the same
     * session goes through, and the slow turn is then asked again about the conversation as it now stands (the quick
     * turn included) and stored on top of it.
     */
    @Test
    void aTurnWaitingForTheModelDoesNotHoldUpTheSession() throws Exception {
        java.util.concurrent.CountDownLatch inModel = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger slowCalls = new java.util.concurrent.atomic.AtomicInteger();
        ChatModel slowForOneMessage = new ChatModel() {
            @Override
            public String name() {
                return "test:slow";
            }

            @Override
            public ChatModel.Response complete(ChatModel.Request request) {
                boolean slow = request.messages().get(request.messages().size() - 1).content().contains("slow");
                if (slow) {
                    slowCalls.incrementAndGet();
                    inModel.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new ChatModel.Response(slow ? "the slow answer" : "the quick answer", "test", 10, 10);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Mosaic mosaic = Mosaic.builder().metrics(COUNTING).ai(slowForOneMessage).build()) {
            SessionId session = mosaic.sessions().create().id();
            Future<CoachReply> slow = threads.submit(() -> mosaic.coach().chat(session,
                    "slow: how do I prepare for a salary negotiation?"));
            assertThat(inModel.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            CoachReply quick = threads.submit(() -> mosaic.coach().chat(session,
                    "quick: how do I ask for a raise?")).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(quick.message()).isEqualTo("the quick answer");
            assertThat(slow).isNotDone();
            release.countDown();
            assertThat(slow.get(10, java.util.concurrent.TimeUnit.SECONDS).message()).isEqualTo("the slow answer");
            List<Coach.Turn> history = mosaic.coach().history(session, 5);
            assertThat(history).extracting(Coach.Turn::number).containsExactly(2, 1);
            assertThat(history).extracting(t -> t.metrics().clarity()).containsExactly(2, 1);
            assertThat(history.get(0).response()).isEqualTo("the slow answer");
            assertThat(slowCalls).as("asked again once the quick turn was in").hasValue(2);
        } finally {
            release.countDown();
            threads.shutdown();
        }
    }

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
