package dev.mosaic.server;

import io.helidon.common.GenericType;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.http.spi.Sink;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The response to a {@code HEAD} request, made by running the {@code GET} handler on this wrapper: the status and
 * headers the handler sets, the length its body would have had, and no body (issue 16, W15: HEAD answered 405).
 * Not thread-safe, like the response it wraps.
 */
final class HeadResponse implements ServerResponse {
    private final ServerResponse response;

    HeadResponse(ServerResponse response) {
        this.response = response;
    }

    @Override
    public ServerResponse status(Status status) {
        response.status(status);
        return this;
    }

    @Override
    public Status status() {
        return response.status();
    }

    @Override
    public ServerResponse header(Header header) {
        response.header(header);
        return this;
    }

    @Override
    public void send() {
        response.send();
    }

    @Override
    public void send(byte[] bytes) {
        response.contentLength(bytes.length);
        response.send();
    }

    @Override
    public void send(Object entity) {
        if (entity instanceof byte[] bytes) {
            send(bytes);
        } else if (entity instanceof String text) {
            send(text.getBytes(StandardCharsets.UTF_8));
        } else {
            response.send();
        }
    }

    @Override
    public boolean isSent() {
        return response.isSent();
    }

    @Override
    public OutputStream outputStream() {
        return OutputStream.nullOutputStream();
    }

    @Override
    public long bytesWritten() {
        return 0;
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        response.whenSent(listener);
        return this;
    }

    @Override
    public ServerResponse reroute(String path) {
        response.reroute(path);
        return this;
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
        response.reroute(path, query);
        return this;
    }

    @Override
    public ServerResponse next() {
        response.next();
        return this;
    }

    @Override
    public ServerResponseHeaders headers() {
        return response.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
        return response.trailers();
    }

    @Override
    public void streamResult(String result) {
        response.streamResult(result);
    }

    @Override
    public <T extends Sink<?>> T sink(GenericType<T> sinkType) {
        return response.sink(sinkType);
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filter) {
        response.streamFilter(filter);
    }
}
