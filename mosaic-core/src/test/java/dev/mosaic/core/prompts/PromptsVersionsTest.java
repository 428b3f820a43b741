package dev.mosaic.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.NotFoundException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PromptsVersionsTest {
    private final PromptLibrary bundled = PromptLibrary.bundled();
    private final PromptLibrary small = PromptLibrary.parse("legacy-format.csv",
            PromptLibraryTest.bytes("legacy-format.csv"));

    @Test
    void librariesAreHeldAsNumberedVersionsAndSwitchedBySha() {
        Prompts prompts = Prompts.of(bundled, Clock.systemUTC());
        Prompts.Version second = prompts.add(small);
        assertThat(second.number()).isEqualTo(2);
        assertThat(prompts.add(small)).isEqualTo(second);
        assertThat(prompts.active().library()).isSameAs(bundled);

        prompts.activate(small.sha256().substring(0, 10));
        assertThat(prompts.active()).isEqualTo(second);
        assertThat(prompts.match("how do I get better at networking").best().orElseThrow().entry().tag())
                .isEqualTo("Networking & Relationships");
        assertThat(prompts.versions()).extracting(Prompts.Version::number).containsExactly(1, 2);
    }

    @Test
    void unknownOrAmbiguousShasAreRefused() {
        Prompts prompts = Prompts.of(bundled, Clock.systemUTC());
        assertThatThrownBy(() -> prompts.activate("0000000000")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no library");
        assertThatThrownBy(() -> prompts.activate("abc")).hasMessageContaining("at least 8");
    }

    @Test
    void switchingNeverDisturbsQueriesInFlight() throws Exception {
        Prompts prompts = Prompts.of(bundled, Clock.systemUTC());
        prompts.add(small);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger queries = new AtomicInteger();
        Thread[] readers = new Thread[4];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = started(() -> {
                while (running.get()) {
                    try {
                        // Either library answers this one; a query must never fail or see a half-built index.
                        assertThat(prompts.match("how do I get better at networking").best()).isPresent();
                        queries.incrementAndGet();
                    } catch (Throwable t) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        for (int i = 0; i < 2_000; i++) {
            prompts.activate((i % 2 == 0 ? small : bundled).sha256());
        }
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failures.get()).isZero();
        assertThat(queries.get()).isPositive();
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }
}
