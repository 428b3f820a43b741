package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.session.SessionId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, deliverable 4: a store opened from a location belongs to the Mosaic and is closed with it. */
class MosaicOwnedStoreTest {
    @Test
    void aStoreOpenedFromItsLocationIsClosedWithTheMosaic(@TempDir Path dir) {
        Path file = dir.resolve("coach.db");
        Mosaic mosaic = Mosaic.builder().store("sqlite:" + file).build();
        SessionId id = mosaic.sessions().create().id();
        assertThat(mosaic.store().describe()).startsWith("sqlite:");
        mosaic.close();
        assertThat(catchThrowableOfType(MosaicException.class, () -> mosaic.store().findSession(id)).code())
                .as("the store itself is closed").isEqualTo(MosaicException.Code.CLOSED);
        assertThat(file).exists();
        try (Mosaic reopened = Mosaic.builder().store("sqlite:" + file).build()) {
            assertThat(reopened.sessions().touch(id)).as("what was written is there").isPresent();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aLocationNoProviderAcceptsIsRefusedAtBuild() {
        assertThat(catchThrowableOfType(MosaicException.class, () -> Mosaic.builder().store("ftp://nowhere")
                .build()).code()).isEqualTo(MosaicException.Code.STORE_UNAVAILABLE);
    }
}
