package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Set;

/**
 * Sheds one client's excess before any of its body is read: a token bucket per client address (429
 * {@code rate_limited} with {@code Retry-After}) and a cap on one address's requests in progress at once (429 too: one
 * client may not hold the server's concurrency permits, see {@link ConcurrencyLimit}). The per-session bucket is taken
 * where the session is resolved ({@link SessionResolver}), so that it keys on a session that exists. Health and version
 * probes and the web UI's static files are never limited. Thread-safe.
 */
final class RequestLimits implements Filter {
    // Not /metrics: a scraper asks a few times a minute, and a client asking more often is limited like any other.
    private static final Set<String> EXEMPT = Set.of("/health", "/health/ready", "/version");
    /** The web UI's static files, served from memory: limiting them would only break page loads. */
    private static final String EXEMPT_PREFIX = "/ui/";

    private final RateLimiter perAddress;
    /** Body bytes a minute by address: a flood of large uploads is cut before its bodies are read. */
    private final RateLimiter bodyBytesPerAddress;
    private final BodyLimits bodyLimits;
    private final int inFlightPerAddress;
    private final ClientAddresses clients;
    /** Requests in progress by address; an address leaves the map when its last one ends. */
    private final HeldCounts inFlight = new HeldCounts();
    private final Responses responses;
    private final Refusals refusals;

    RequestLimits(RateLimiter perAddress, RateLimiter bodyBytesPerAddress, BodyLimits bodyLimits,
                  int inFlightPerAddress, ClientAddresses clients, Responses responses, Refusals refusals) {
        this.perAddress = perAddress;
        this.bodyLimits = bodyLimits;
        this.bodyBytesPerAddress = bodyBytesPerAddress;
        this.clients = clients;
        this.inFlightPerAddress = inFlightPerAddress;
        this.responses = responses;
        this.refusals = refusals;
    }

    /**
     * @return the body bytes to charge the address for before reading: the declared length, or for a POST body
     *     without one (chunked) its route's limit, which is what {@link BodyReader} reserves for it too
     */
    private long bodyCharge(RoutingRequest request) {
        if (request.headers().contentLength().isPresent()) {
            return request.headers().contentLength().getAsLong();
        }
        if (request.prologue().method() != Method.POST || !request.content().hasEntity()) {
            return 0;
        }
        return bodyLimits.forPath(request.path().path());
    }

    static boolean exempt(String path) {
        return EXEMPT.contains(path) || path.startsWith(EXEMPT_PREFIX);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (exempt(request.path().path())) {
            chain.proceed();
            return;
        }
        String address = clients.of(request);
        long wait = perAddress.take(address);
        long charged = bodyCharge(request);
        if (wait == 0 && charged > 0) {
            wait = bodyBytesPerAddress.take(address, charged);
            if (wait > 0) {
                // The body is not read, and not drained either: the connection closes after the answer.
                response.header(HeaderValues.CONNECTION_CLOSE);
            }
        }
        if (wait > 0) {
            refusals.count(Refusals.Reason.RATE_LIMIT);
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(wait));
            responses.problem(response, MosaicException.Code.RATE_LIMITED);
            return;
        }
        try {
            if (inFlight.add(address, 1) > inFlightPerAddress) {
                refusals.count(Refusals.Reason.IN_FLIGHT);
                response.header(HeaderNames.RETRY_AFTER, "1");
                responses.problem(response, MosaicException.Code.RATE_LIMITED);
                return;
            }
            chain.proceed();
        } finally {
            inFlight.release(address, 1);
        }
    }
}
