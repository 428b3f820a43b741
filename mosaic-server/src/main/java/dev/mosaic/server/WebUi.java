package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The same-origin web UI: a handful of static files read from the server jar once, at start-up, and served with a
 * Content-Security-Policy that allows nothing but this origin (no inline script or style, no other hosts). Browsers
 * get the page at {@code GET /} (they ask for {@code text/html}); JSON clients keep getting the API index there.
 */
final class WebUi {
    /** The policy the page is written to satisfy; the browser test fails on any violation. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    /** The files under {@code /ui/} in the jar, by name. */
    static final java.util.List<String> FILES = java.util.List.of("index.html", "app.js", "api.js", "chart.js",
            "app.css", "favicon.svg");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    WebUi() {
        for (String name : FILES) {
            try (InputStream in = WebUi.class.getResourceAsStream("/ui/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the server jar has no /ui/" + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Registers {@code GET /ui/{file}}. */
    void register(HttpRouting.Builder routing) {
        routing.get("/ui/{file}", this::file);
        routing.head("/ui/{file}", (request, response) -> file(request, new HeadResponse(response)));
    }

    private void file(ServerRequest request, ServerResponse response) {
        String name = request.path().pathParameters().get("file");
        if (!files.containsKey(name)) {
            throw new ApiException(MosaicException.Code.NOT_FOUND, "no such file in the web UI");
        }
        send(response, name);
    }

    /** @return whether the request is a browser asking for a page rather than a client asking for JSON */
    static boolean wantsPage(ServerRequest request) {
        return request.headers().first(HeaderNames.ACCEPT).map(accept -> accept.toLowerCase(Locale.ROOT))
                .filter(accept -> accept.contains("text/html")).isPresent();
    }

    /** Sends the page itself. */
    void sendPage(ServerResponse response) {
        send(response, "index.html");
    }

    private void send(ServerResponse response, String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        response.header(HeaderNames.CONTENT_TYPE, TYPES.get(extension));
        response.header(HeaderNames.create("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        response.send(files.get(name));
    }
}
