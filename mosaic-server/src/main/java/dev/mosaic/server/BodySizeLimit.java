package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Refuses a request whose declared {@code Content-Length} is over its route's limit with a problem+json 413, before
 * the route runs or any of the body is read. What Helidon then does with the unread body (read and discard it, to
 * keep the connection, or close) is bounded by its listener backstop, {@link #backstop}; over that, Helidon answers a
 * bare 413 itself. This filter does not force {@code Connection: close}: closing a socket with unread data makes TCP
 * reset it, and the client may lose the 413 it was sent. Chunked bodies, whose length is not declared, are cut one
 * byte past the limit where the route reads them ({@link BoundedBody}). Thread-safe.
 */
final class BodySizeLimit implements Filter {
    private final BodyLimits limits;
    private final Responses responses;
    private final Refusals refusals;

    BodySizeLimit(BodyLimits limits, Responses responses, Refusals refusals) {
        this.limits = limits;
        this.responses = responses;
        this.refusals = refusals;
    }

    /** The most any request may declare: what Helidon's listener refuses on its own beyond this. */
    static long backstop(BodyLimits limits) {
        return limits.largest() + 1024 * 1024;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long declared = request.headers().contentLength().orElse(0);
        boolean upload = BodyLimits.isUpload(request.path().path());
        if (declared > limits.forPath(request.path().path())) {
            refusals.count(Refusals.Reason.BODY_SIZE);
            responses.problem(response, upload ? MosaicException.Code.FILE_TOO_LARGE
                    : MosaicException.Code.PAYLOAD_TOO_LARGE);
            return;
        }
        chain.proceed();
    }
}
