package dev.mosaic.server;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Sheds load before it reaches Mosaic: a token bucket per client address and per session (429
 * {@code rate_limited} with {@code Retry-After}), and a cap on requests in progress that answers a fast 503
 * {@code overloaded} rather than queueing behind a slow AI provider. Health and version probes and the web UI's static
 * files are never limited.
 * Thread-safe.
 */
final class RequestLimits implements Filter {
    private static final Set<String> EXEMPT = Set.of("/health", "/health/ready", "/version");
    /** The web UI's static files, served from memory: limiting them would only break page loads. */
    private static final String EXEMPT_PREFIX = "/ui/";
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perAddress;
    private final int perSession;
    private final Semaphore inFlight;
    private final Responses responses;
    private final LongSupplier nanos;

    RequestLimits(int perAddressPerMinute, int perSessionPerMinute, int maxConcurrent, Responses responses,
                  LongSupplier nanos) {
        this.perAddress = perAddressPerMinute;
        this.perSession = perSessionPerMinute;
        this.inFlight = new Semaphore(maxConcurrent);
        this.responses = responses;
        this.nanos = nanos;
    }

    /** A bucket refilled continuously at {@code perMinute} tokens a minute, holding at most {@code perMinute}. */
    private static final class Bucket {
        private final int perMinute;
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
            this.updated = now;
        }

        /** @return 0 when a token was taken, else the seconds until one is available */
        synchronized long take(long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60e9);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
        }
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (EXEMPT.contains(path) || path.startsWith(EXEMPT_PREFIX)) {
            chain.proceed();
            return;
        }
        long now = nanos.getAsLong();
        long wait = take("a:" + request.remotePeer().host(), perAddress, now);
        String session = request.headers().first(SessionResolver.SESSION_HEADER).orElse("");
        if (wait == 0 && !session.isEmpty()) {
            wait = take("s:" + session, perSession, now);
        }
        if (wait > 0) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(wait));
            responses.problem(response, Status.TOO_MANY_REQUESTS_429, "rate_limited");
            return;
        }
        boolean admitted;
        try {
            admitted = inFlight.tryAcquire(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.header(HeaderNames.RETRY_AFTER, "1");
            responses.problem(response, Status.SERVICE_UNAVAILABLE_503, "overloaded");
            return;
        }
        try {
            chain.proceed();
        } finally {
            inFlight.release();
        }
    }

    private long take(String key, int perMinute, long now) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear(); // a flood of distinct keys: start over rather than grow without bound
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now);
    }
}
