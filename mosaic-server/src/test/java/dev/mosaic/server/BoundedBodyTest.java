package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
    private static final byte[] BODY = "0123456789".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void aDeclaredLengthIsReadWholeAndAnUndeclaredOneUpToTheLimit() throws IOException {
        assertThat(BoundedBody.read(new ByteArrayInputStream(BODY), 1 << 20, BODY.length)).hasValue(BODY);
        assertThat(BoundedBody.read(new ByteArrayInputStream(BODY), 1 << 20, -1)).hasValue(BODY);
        assertThat(BoundedBody.read(new ByteArrayInputStream(BODY), BODY.length - 1, -1)).isEmpty();
        assertThat(BoundedBody.read(new ByteArrayInputStream(BODY), BODY.length - 1, BODY.length))
                .as("a declared length over the limit is read as undeclared, and stops past the limit").isEmpty();
    }

    @Test
    void aBodyShorterOrLongerThanItsDeclaredLengthIsNotTheBodyAnnounced() {
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(Arrays.copyOf(BODY, 100)), 1 << 20, 101))
                .isInstanceOf(IOException.class).hasMessageContaining("101 bytes");
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(BODY), 1 << 20, BODY.length - 1))
                .isInstanceOf(IOException.class);
    }
}
