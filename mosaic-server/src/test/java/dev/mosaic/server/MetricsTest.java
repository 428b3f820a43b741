package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, deliverable 5: operators can see what the server does at {@code GET /metrics}, in a Prometheus text
 * exposition that {@code promtool check metrics} accepts, and no meter carries a session id.
 */
class MetricsTest {
    @Test
    void metricsShowRequestsRefusalsStoreAndSessionsWithoutSessionIds() throws Exception {
        try (TestServer server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_SESSION", "2"), Clock.systemUTC())) {
            String id = TestServer.json(server.post("/wimd", "{\"prompt\":\"how do I ask for a raise\"}"))
                    .get("session_id").asText();
            for (int i = 0; i < 4; i++) {
                server.post("/wimd", "{\"prompt\":\"and then?\"}", "X-Session-ID", id); // the last ones: 429
            }
            server.get("/no/such/path");
            for (int i = 0; i < 3; i++) { // made-up methods: one "other" timer, not one per method
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
                    socket.getOutputStream().write(("BREW" + i + " /config HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                            .startsWith("HTTP/1.1 ");
                }
            }
            HttpResponse<String> metrics;
            try (LogCapture log = new LogCapture()) {
                metrics = server.get("/metrics");
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); // logged just after the answer
                while (log.records().stream().noneMatch(line -> line.contains("GET /metrics"))
                        && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                assertThat(log.records()).as("the access log names the whole path")
                        .anyMatch(line -> line.contains("GET /metrics 200"));
            }
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            String text = metrics.body();
            assertThat(text).containsPattern("mosaic_http_requests_seconds_bucket\\{[^}]*method=\"POST\""
                    + "[^}]*route=\"/wimd\"[^}]*status=\"200\"");
            assertThat(text).containsPattern("mosaic_http_requests_seconds_count\\{[^}]*route=\"unrouted\"[^}]*"
                    + "status=\"404\"");
            assertThat(text).containsPattern("mosaic_refusals_total\\{[^}]*reason=\"rate_limit\"[^}]*\\} [1-9]");
            assertThat(text).containsPattern("mosaic_store_operation_seconds_count\\{[^}]*operation=\"append_turn\"");
            assertThat(text).containsPattern("(?m)^mosaic_sessions\\{[^}]*\\} [1-9]");
            assertThat(text).containsPattern("(?m)^mosaic_stored_bytes\\{[^}]*\\} [1-9]");
            assertThat(text).contains("mosaic_connections_open", "mosaic_concurrency_available",
                    "mosaic_ai_cost_today_dollars", "mosaic_document_parse_timeouts_total");
            assertThat(text).as("no session id").doesNotContain(id);
            assertThat(text).doesNotContain("/no/such/path").doesNotContain("BREW");
            assertThat(text).containsPattern("mosaic_http_requests_seconds_count\\{[^}]*method=\"other\"");
            promtoolAccepts(text);
        }
    }

    /** Runs {@code promtool check metrics} when it is installed; CI installs it (Debian's prometheus package). */
    private static void promtoolAccepts(String exposition) throws IOException, InterruptedException {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean installed = Files.isExecutable(Path.of("/usr/bin/promtool"));
        if (!installed) {
            assertThat(ci).as("promtool is installed in CI").isFalse();
            Assumptions.abort("promtool is not installed here (apt-get install prometheus); CI runs this check");
        }
        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("promtool check metrics: %s", report).isZero();
    }
}
