package dev.mosaic.server;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request body up to a limit. The bytes are kept in fixed-size blocks while reading and joined only once the
 * whole body is known to fit, so a client that sends far more than the limit costs the server about the limit in
 * memory, once, and nothing past it (RELIABILITY.md B1).
 */
final class BoundedBody {
    private static final int BLOCK = 64 * 1024;

    private BoundedBody() {
    }

    /**
     * @return the whole body (empty array when the request has none), or empty when it is longer than {@code limit}
     *     bytes; reading then stopped one byte past the limit (a declared length over the limit never gets here:
     *     {@link BodySizeLimit} refuses it before the route runs)
     */
    static Optional<byte[]> read(ServerRequest request, long limit) {
        if (!request.content().hasEntity()) {
            return Optional.of(new byte[0]);
        }
        try (InputStream in = request.content().inputStream()) {
            return read(in, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a body whose length is declared straight into an array of that length (one allocation, no copy), still
     * stopping one byte past the limit.
     */
    static Optional<byte[]> read(InputStream in, long limit, long declared) throws IOException {
        if (declared < 0 || declared > limit) {
            return read(in, limit);
        }
        byte[] body = new byte[(int) declared];
        int filled = in.readNBytes(body, 0, body.length);
        if (filled < body.length || in.read() >= 0) {
            // Shorter than declared (the client went away) or longer (a lie): not the body that was announced.
            throw new IOException("the body is not the " + declared + " bytes its Content-Length declares");
        }
        return Optional.of(body);
    }

    static Optional<byte[]> read(InputStream in, long limit) throws IOException {
        List<byte[]> blocks = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] block = new byte[(int) Math.min(BLOCK, limit + 1 - total)];
            int filled = in.readNBytes(block, 0, block.length);
            total += filled;
            if (total > limit) {
                return Optional.empty();
            }
            blocks.add(block);
            if (filled < block.length) {
                break;
            }
        }
        byte[] body = new byte[(int) total];
        int at = 0;
        for (byte[] block : blocks) {
            int length = (int) Math.min(block.length, total - at);
            System.arraycopy(block, 0, body, at, length);
            at += length;
        }
        return Optional.of(body);
    }
}
