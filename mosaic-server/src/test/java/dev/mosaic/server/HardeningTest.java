package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's findings, each reproduced against the real server over real sockets: one hostile client must not stop
 * the service, fill the disk or read ids from the logs. Each test failed on commit 73c10bb's behaviour.
 */
class HardeningTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * B1: text shaped to make backtracking patterns slow (24 s of CPU for 40 KB of "a" in resume feedback, minutes for
     * an upload of newlines) is answered in well under a second on every text route.
     */
    @Test
    void hostileTextIsAnsweredQuicklyOnEveryTextRoute() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("a", "a".repeat(100_000));
        shapes.put("is", "is ".repeat(33_000));
        shapes.put("newlines", "\n".repeat(99_999) + "x");
        shapes.put("blanks", " \t".repeat(49_999) + "x");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            String text = shape.getValue();
            String session = server.server().mosaic().sessions().create().id().value();
            for (String path : new String[] {"/resume/feedback", "/resume/rewrite"}) {
                String body = TestServer.JSON.createObjectNode().put(path.endsWith("feedback") ? "resume"
                        : "source_resume", text).toString();
                long started = System.nanoTime();
                HttpResponse<String> answer = server.post(path, body, "X-Session-ID", session);
                assertThat(answer.statusCode()).as(path + " on " + shape.getKey()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path + " on " + shape.getKey())
                        .isLessThan(Duration.ofSeconds(1));
            }
            long started = System.nanoTime();
            HttpResponse<String> upload = server.upload("resume.txt", text.getBytes(StandardCharsets.UTF_8),
                    "X-Session-ID", session);
            assertThat(upload.statusCode()).as("upload of " + shape.getKey()).isEqualTo(200);
            HttpResponse<String> megabyte = server.upload("resume.txt", (text + text + text + text + text + text
                    + text + text + text + text).getBytes(StandardCharsets.UTF_8), "X-Session-ID", session);
            assertThat(megabyte.statusCode()).as("1 MB upload of " + shape.getKey()).isEqualTo(422);
            assertThat(megabyte.body()).contains("document_too_long");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("uploads of " + shape.getKey())
                    .isLessThan(Duration.ofSeconds(2));
        }
    }
}
