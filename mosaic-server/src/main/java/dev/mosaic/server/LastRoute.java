package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.common.Weighted;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.spi.ServerFeature;
import java.util.Set;

/**
 * The route tried when no other matches: 405 with {@code Allow} for a path the API knows, 404 otherwise, both as
 * problem+json. A feature of the lowest weight, so that it is set up after every other feature's routes (the
 * {@code /metrics} endpoint among them) rather than in front of them.
 */
final class LastRoute implements ServerFeature, Weighted {
    private final Set<String> knownPaths;
    private final ApiRoutes routes;
    private final Responses responses;

    LastRoute(Set<String> knownPaths, ApiRoutes routes, Responses responses) {
        this.knownPaths = Set.copyOf(knownPaths);
        this.routes = routes;
        this.responses = responses;
    }

    @Override
    public void setup(ServerFeatureContext context) {
        context.socket(WebServer.DEFAULT_SOCKET_NAME).httpRouting().any((request, response) -> {
            boolean known = knownPaths.contains(request.path().path());
            if (known) {
                response.header(HeaderNames.ALLOW, routes.allowed(request.path().path()));
            }
            responses.problem(response, known ? MosaicException.Code.METHOD_NOT_ALLOWED : MosaicException.Code.NOT_FOUND);
        });
    }

    @Override
    public double weight() {
        return 0.1;
    }

    @Override
    public String name() {
        return "mosaic-last-route";
    }

    @Override
    public String type() {
        return "mosaic-last-route";
    }
}
