package dev.mosaic.server;

import dev.mosaic.core.session.SessionId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;

/**
 * What every response gets, whatever route answers (404 and 500 included): security headers, CORS for the allowed
 * origins only, and an access-log line with the session id reduced to a one-way tag.
 */
final class EdgeFilter implements Filter {
    private static final System.Logger ACCESS = System.getLogger("dev.mosaic.server.access");
    private static final HeaderName ORIGIN = HeaderNames.ORIGIN;

    private final Set<String> allowedOrigins;

    EdgeFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        Optional<String> origin = request.headers().first(ORIGIN).filter(allowedOrigins::contains);
        origin.ifPresent(allowed -> {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
            response.header(HeaderNames.VARY, "Origin");
            response.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Session-ID");
        });
        if (request.prologue().method() == Method.OPTIONS) {
            // Preflight: answered here for every path. Without an allowed origin there are no CORS headers, so the
            // browser refuses the real request.
            origin.ifPresent(allowed -> {
                response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, DELETE, OPTIONS");
                response.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, X-Session-ID");
                response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
            });
            response.status(Status.NO_CONTENT_204).send();
        } else {
            Responses.handle(request.prologue().method() == Method.HEAD, chain::proceed);
        }
        if (ACCESS.isLoggable(Level.INFO)) {
            String session = request.headers().first(SessionResolver.SESSION_HEADER)
                    .or(() -> response.headers().first(SessionResolver.SESSION_HEADER))
                    .flatMap(SessionId::parse).map(SessionId::logTag).orElse("-");
            // The whole path: inside a feature's routing (/metrics) request.path() is relative to the feature.
            ACCESS.log(Level.INFO, request.prologue().method().text() + " "
                    + LogText.client(request.prologue().uriPath().path())
                    + " " + response.status().code() + " " + (System.nanoTime() - started) / 1_000_000
                    + "ms session=" + session);
        }
    }
}
