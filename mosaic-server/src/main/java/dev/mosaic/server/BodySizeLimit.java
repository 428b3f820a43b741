package dev.mosaic.server;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Refuses a request whose declared {@code Content-Length} is over its route's limit, with a problem+json 413 and
 * {@code Connection: close}, before any of the body is read. Closing matters: a server that answers early and keeps
 * the connection must first read and discard the whole declared body. Chunked bodies, whose length is not declared,
 * are cut one byte past the limit where the route reads them ({@link BoundedBody}); Helidon's own bare 413 answers
 * only what is over its listener backstop. Thread-safe.
 */
final class BodySizeLimit implements Filter {
    private final long maxBodyBytes;
    private final long maxUploadRequestBytes;
    private final Responses responses;

    BodySizeLimit(long maxBodyBytes, long maxUploadBytes, Responses responses) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadRequestBytes = maxUploadBytes + Multipart.HEADER_ROOM;
        this.responses = responses;
    }

    /** The most any request may declare: what Helidon's listener refuses on its own beyond this. */
    static long backstop(long maxBodyBytes, long maxUploadBytes) {
        return Math.max(maxBodyBytes, maxUploadBytes + Multipart.HEADER_ROOM) + 1024 * 1024;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long declared = request.headers().contentLength().orElse(0);
        boolean upload = request.path().path().equals("/wimd/upload");
        if (declared > (upload ? maxUploadRequestBytes : maxBodyBytes)) {
            response.header(HeaderNames.CONNECTION, "close");
            responses.problem(response, Status.REQUEST_ENTITY_TOO_LARGE_413,
                    upload ? "file_too_large" : "payload_too_large");
            return;
        }
        chain.proceed();
    }
}
