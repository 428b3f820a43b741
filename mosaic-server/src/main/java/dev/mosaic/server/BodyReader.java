package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Reads a request's whole body before the request may take a concurrency permit (issue 16, B3): up to its route's
 * limit (413 past it) and at a minimum rate once a grace period is over (408 {@code request_timeout} below it, and
 * the connection is closed). The bytes are kept in the request's context for the route ({@link #body}). Requests
 * without a body pass straight through. Thread-safe.
 */
final class BodyReader implements Filter {
    private static final System.Logger LOG = System.getLogger(BodyReader.class.getName());
    /** What the route finds in the request's context. */
    record Buffered(byte[] bytes) {
    }

    private final BodyLimits limits;
    private final long minBytesPerSecond;
    private final long graceNanos;
    private final LongSupplier nanos;
    private final Responses responses;
    private final Refusals refusals;
    private final ConnectionGuard connections;
    /** Kibibytes of request bodies that may be held in memory at once. */
    private final Semaphore bodyBudget;
    /**
     * Kibibytes of the budget one address may hold: slow bodies from one client, each reserved in full while it
     * trickles in, must not take the whole budget from everyone else.
     */
    private final long addressShare;
    private final HeldCounts heldByAddress = new HeldCounts();
    private final ClientAddresses clients;
    private static final int BUDGET_WAIT_SECONDS = 5;

    BodyReader(BodyLimits limits, long minBytesPerSecond, long graceNanos, long bytesInFlight,
               ClientAddresses clients, LongSupplier nanos, Responses responses, Refusals refusals,
               ConnectionGuard connections) {
        // At least one largest body must fit, whatever the setting; one address may hold a quarter of the budget, or
        // one largest body if that is more.
        long largest = (limits.largest() + 1023) / 1024;
        long budget = Math.min(Integer.MAX_VALUE, Math.max(bytesInFlight / 1024, largest));
        this.bodyBudget = new Semaphore((int) budget);
        this.addressShare = Math.max(largest, budget / 4);
        this.clients = clients;
        this.limits = limits;
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = graceNanos;
        this.nanos = nanos;
        this.responses = responses;
        this.refusals = refusals;
        this.connections = connections;
    }

    /** @return the body a {@link BodyReader} read for this request, or the body read now (routes outside the filter) */
    static Optional<byte[]> body(ServerRequest request, long limit) {
        Optional<Buffered> buffered = request.context().get(Buffered.class);
        if (buffered.isPresent()) {
            return buffered.get().bytes().length > limit ? Optional.empty() : Optional.of(buffered.get().bytes());
        }
        return BoundedBody.read(request, limit);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        // Only POST routes read a body. Any other request's body (a GET with one, a probe's) is left to Helidon, which
        // discards it up to its backstop without keeping it.
        if (!request.content().hasEntity() || request.prologue().method() != Method.POST
                || RequestLimits.exempt(request.path().path())) {
            chain.proceed();
            return;
        }
        boolean upload = BodyLimits.isUpload(request.path().path());
        long limit = limits.forPath(request.path().path());
        // Memory for bodies is budgeted before any is read: 60 uploads of 8 MB at once filled a 256 MB heap
        // (issue 16, W1). A body without a declared length is budgeted at its route's limit.
        int kibibytes = (int) Math.min(Integer.MAX_VALUE,
                (request.headers().contentLength().orElse(limit) + 1023) / 1024);
        String address = clients.of(request);
        if (heldByAddress.add(address, kibibytes) > addressShare) {
            heldByAddress.release(address, kibibytes);
            refusals.count(Refusals.Reason.IN_FLIGHT);
            response.header(HeaderNames.RETRY_AFTER, "1");
            responses.problem(response, MosaicException.Code.RATE_LIMITED);
            return;
        }
        try {
            if (!acquire(kibibytes)) {
                refusals.count(Refusals.Reason.OVERLOAD);
                response.header(HeaderNames.RETRY_AFTER, "1");
                responses.problem(response, MosaicException.Code.OVERLOADED);
                return;
            }
            try {
                readAndProceed(chain, request, response, upload, limit);
            } finally {
                bodyBudget.release(kibibytes);
            }
        } finally {
            heldByAddress.release(address, kibibytes);
        }
    }

    private boolean acquire(int kibibytes) {
        try {
            return bodyBudget.tryAcquire(kibibytes, BUDGET_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void readAndProceed(FilterChain chain, RoutingRequest request, RoutingResponse response, boolean upload,
                                long limit) {
        Optional<byte[]> body;
        connections.bodyProgress(request.remotePeer());
        try (InputStream in = new MinimumRate(request.content().inputStream(), nanos.getAsLong(), request)) {
            body = BoundedBody.read(in, limit, request.headers().contentLength().orElse(-1));
        } catch (TooSlow e) {
            refusals.count(Refusals.Reason.BODY_RATE);
            response.header(HeaderValues.CONNECTION_CLOSE);
            responses.problem(response, MosaicException.Code.REQUEST_TIMEOUT);
            return;
        } catch (IOException | RuntimeException e) {
            // A body cut short (the client went away) or malformed (a bad chunk): the client's fault, one line at
            // most, never a 500 with a stack trace (issue 16, W7).
            LOG.log(System.Logger.Level.DEBUG, () -> "unreadable body for " + request.prologue().method().text() + " "
                    + request.path().path() + ": " + e);
            response.header(HeaderValues.CONNECTION_CLOSE);
            responses.problem(response, MosaicException.Code.INVALID_BODY);
            return;
        }
        connections.bodyDone(request.remotePeer());
        if (body.isEmpty()) {
            refusals.count(Refusals.Reason.BODY_SIZE);
            responses.problem(response, upload ? MosaicException.Code.FILE_TOO_LARGE
                    : MosaicException.Code.PAYLOAD_TOO_LARGE);
            return;
        }
        request.context().register(new Buffered(body.get()));
        chain.proceed();
    }

    /** The body came slower than the minimum rate. */
    private static final class TooSlow extends IOException {
        TooSlow(long received, long elapsedNanos) {
            super(received + " bytes in " + elapsedNanos / 1_000_000 + " ms");
        }
    }

    /** Fails a read once, past the grace period, the body has come slower than the minimum rate on average. */
    private final class MinimumRate extends FilterInputStream {
        private final long started;
        private final RoutingRequest request;
        private long received;

        MinimumRate(InputStream in, long started, RoutingRequest request) {
            super(in);
            this.started = started;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            account(value < 0 ? 0 : 1);
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            account(Math.max(read, 0));
            return read;
        }

        private void account(int bytes) throws TooSlow {
            received += bytes;
            if (bytes > 0) {
                connections.bodyProgress(request.remotePeer());
            }
            long elapsed = nanos.getAsLong() - started;
            if (elapsed > graceNanos && received < (elapsed - graceNanos) / 1e9 * minBytesPerSecond) {
                throw new TooSlow(received, elapsed);
            }
        }
    }
}
