package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A cap on requests doing work at once, answered with a fast 503 {@code overloaded} rather than a queue behind a
 * slow AI provider. It runs after {@link BodyReader}: a request takes a permit only once its whole body is here, so
 * clients that send their bodies slowly cannot hold the permits (issue 16, B3). Thread-safe.
 */
final class ConcurrencyLimit implements Filter {
    private final Semaphore permits;
    private final Responses responses;
    private final Refusals refusals;

    ConcurrencyLimit(int maxConcurrent, Responses responses, Refusals refusals) {
        this.permits = new Semaphore(maxConcurrent);
        this.responses = responses;
        this.refusals = refusals;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (RequestLimits.exempt(request.path().path())) {
            chain.proceed();
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refusals.count(Refusals.Reason.OVERLOAD);
            response.header(HeaderNames.RETRY_AFTER, "1");
            responses.problem(response, MosaicException.Code.OVERLOADED);
            return;
        }
        try {
            chain.proceed();
        } finally {
            permits.release();
        }
    }

    /** @return the permits free now (for metrics and tests) */
    int available() {
        return permits.availablePermits();
    }
}
