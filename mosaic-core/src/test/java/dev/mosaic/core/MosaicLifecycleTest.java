package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import org.junit.jupiter.api.Test;

/** Issue 17, deliverable 4: Mosaic is AutoCloseable; it closes the store it made, never the one it was given. */
class MosaicLifecycleTest {
    @Test
    void closingMosaicClosesTheStoreItMadeAndEveryCallThenFailsWithClosed() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        mosaic.close();
        assertThat(code(() -> mosaic.coach().chat(id, "hello"))).isEqualTo("closed");
        assertThat(code(() -> mosaic.sessions().create())).isEqualTo("closed");
        assertThat(code(() -> mosaic.store().ping())).as("its own store, closed with it").isEqualTo("closed");
        mosaic.close(); // again: nothing happens
    }

    @Test
    void aStoreGivenToMosaicStaysTheCallersAndOpen() {
        Store store = Store.inMemory();
        try (Mosaic mosaic = Mosaic.builder().store(store).build()) {
            mosaic.sessions().create();
        }
        store.ping();
        assertThat(store.totals().orElseThrow().sessions()).isEqualTo(1);
        Mosaic again = Mosaic.builder().store(store).build();
        again.close();
        assertThat(code(() -> again.jobs().matches(SessionId.parse("0123456789abcdef0123456789abcdef")
                .orElseThrow()))).as("a call through the closed Mosaic").isEqualTo("closed");
        store.close();
    }

    private static String code(Runnable call) {
        MosaicException failure = catchThrowableOfType(MosaicException.class, call::run);
        return failure == null ? "none" : failure.code().key();
    }
}
