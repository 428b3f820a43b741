package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verify command walks a deployment and names what answered each route: Mosaic, or a proxy's HTML 404. */
class DeploymentCheckTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int verify(String... args) {
        return DeploymentCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void aHealthyDeploymentPassesRouteByRoute() {
        try (TestServer server = new TestServer()) {
            int status = verify("http://127.0.0.1:" + server.server().port());
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK      POST   /wimd", "OK      DELETE /session",
                    "OK: every route answered as Mosaic");
            assertThat(status).isZero();
        }
    }

    @Test
    void aProxyThatSendsApiPathsToAStaticHostIsNamedRouteByRoute() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpServer proxy = misroutingProxy(server.server().port());
            try {
                int status = verify("http://127.0.0.1:" + proxy.getAddress().getPort());
                String report = out.toString(StandardCharsets.UTF_8);
                assertThat(status).isEqualTo(1);
                assertThat(report).contains("FAIL    GET    /ob/opportunities  this is not Mosaic: an HTML 404 from a "
                        + "proxy or static host").contains("OK      POST   /wimd").contains("FAILED:");
            } finally {
                proxy.stop(0);
            }
        }
    }

    @Test
    void anUnexpectedBuildIsReported() {
        try (TestServer server = new TestServer()) {
            int status = verify("http://127.0.0.1:" + server.server().port(), "0000000deadbeef");
            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Mosaic answered, but build",
                    "not the expected 0000000deadbeef");
        }
    }

    /** Forwards everything to Mosaic except /ob/*, which it answers like a static host that has no such page. */
    private static HttpServer misroutingProxy(int mosaicPort) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/ob/")) {
                byte[] page = "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mosaicPort
                    + exchange.getRequestURI())).method(exchange.getRequestMethod(), body.length == 0
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Content-Type", "X-Session-ID")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    forward.header(header, value);
                }
            }
            try {
                HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().firstValue("Content-Type")
                        .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
                answer.headers().firstValue("X-Session-ID")
                        .ifPresent(id -> exchange.getResponseHeaders().add("X-Session-ID", id));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        proxy.start();
        return proxy;
    }
}
