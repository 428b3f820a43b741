package dev.mosaic.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server with keys set: replies come from the (stubbed) model; a rejected key never fails health or replies. */
class ServerWithModelTest {
    private static final String FAKE_KEY = "sk-test-SERVERFAKE-000111";

    @Test
    void withAKeyTheCoachAnswersFromTheModelAndABadKeyDegradesToTheLibrary() {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wm.start();
        try {
            wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("""
                            {"id":"c1","object":"chat.completion","model":"gpt-4o-mini-2024-07-18",
                             "choices":[{"index":0,"message":{"role":"assistant","content":"Model reply. What next?"},
                             "finish_reason":"stop"}],"usage":{"prompt_tokens":300,"completion_tokens":20}}""")));
            try (TestServer server = new TestServer(Map.of("OPENAI_API_KEY", FAKE_KEY, "MOSAIC_OPENAI_BASE_URL",
                    wm.baseUrl()), Clock.systemUTC())) {
                JsonNode reply = json(server.post("/wimd", "{\"prompt\":\"I have two offers and can't decide\"}"));
                assertThat(reply.get("source").asText()).isEqualTo("model");
                assertThat(reply.get("message").asText()).isEqualTo("Model reply. What next?");
                assertThat(json(server.get("/health")).at("/ai/mode").asText()).isEqualTo("model");
                assertThat(server.server().mosaic().store().usage(
                        dev.mosaic.core.session.SessionId.parse(reply.get("session_id").asText()).orElseThrow()))
                        .singleElement().satisfies(u -> assertThat(u.provider()).isEqualTo("openai"));

                wm.resetAll();
                wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                        .withBody("{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\","
                                + "\"code\":\"invalid_api_key\"}}")));
                JsonNode fallback = json(server.post("/wimd", "{\"prompt\":\"I have two offers and can't decide\"}"));
                assertThat(fallback.get("source").asText()).isEqualTo("library");
                assertThat(server.get("/health").statusCode()).isEqualTo(200);
                assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);
                assertThat(server.get("/health").body()).doesNotContain(FAKE_KEY);
            }
        } finally {
            wm.stop();
        }
    }

    @Test
    void overTheConcurrencyLimitASlowProviderMeansAFast503NeverA500() throws Exception {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wm.start();
        try {
            stubSlowModel(wm, "Slow reply.");
            try (TestServer server = new TestServer(Map.of("OPENAI_API_KEY", FAKE_KEY, "MOSAIC_OPENAI_BASE_URL",
                    wm.baseUrl(), "MOSAIC_MAX_CONCURRENT_REQUESTS", "2"), Clock.systemUTC())) {
                java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> calls =
                        new java.util.ArrayList<>();
                long started = System.nanoTime();
                for (int i = 0; i < 6; i++) {
                    calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> server.post("/wimd",
                            "{\"prompt\":\"I have two offers and can't decide\"}")));
                }
                java.util.List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
                assertThat(statuses).doesNotContain(500).contains(200, 503);
                assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(4);
                calls.stream().map(java.util.concurrent.CompletableFuture::join).filter(r -> r.statusCode() == 503)
                        .forEach(r -> {
                            assertThat(json(r).get("detail").asText()).isEqualTo("overloaded");
                            assertThat(r.headers().firstValue("Retry-After")).contains("1");
                        });
                assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
                assertThat(server.get("/health").statusCode()).isEqualTo(200);
            }
        } finally {
            wm.stop();
        }
    }

    @Test
    void stoppingTheServerLetsARequestInFlightFinishAndKeepsItsTurn() throws Exception {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wm.start();
        try {
            stubSlowModel(wm, "Finished reply.");
            TestServer first = new TestServer(Map.of("OPENAI_API_KEY", FAKE_KEY, "MOSAIC_OPENAI_BASE_URL",
                    wm.baseUrl()), Clock.systemUTC());
            var inFlight = java.util.concurrent.CompletableFuture.supplyAsync(() -> first.post("/wimd",
                    "{\"prompt\":\"I have two offers and can't decide\"}"));
            long waitUntil = System.nanoTime() + 5_000_000_000L;
            while (wm.getAllServeEvents().isEmpty() && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            assertThat(wm.getAllServeEvents()).as("the request reached the model before the stop").isNotEmpty();

            java.net.URI health = first.uri("/health");
            first.close(); // the model is still "thinking": close must wait for the request instead of cutting it

            var reply = inFlight.join();
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(json(reply).get("message").asText()).isEqualTo("Finished reply.");
            String sessionId = json(reply).get("session_id").asText();
            assertThatThrownBy(() -> first.send(java.net.http.HttpRequest.newBuilder(health).GET()))
                    .as("a stopped server accepts nothing").isInstanceOf(java.io.UncheckedIOException.class);

            try (TestServer second = new TestServer(Map.of("DATA_ROOT", first.dataRoot().toString()),
                    Clock.systemUTC())) {
                JsonNode summary = json(second.get("/session/summary", "X-Session-ID", sessionId));
                assertThat(summary.get("latest_metrics").isObject()).as("the turn was stored before the store closed")
                        .isTrue();
            }
        } finally {
            wm.stop();
        }
    }

    /** The model answers {@code reply}, but only after 1.5 s: long enough to overlap other requests or a stop. */
    private static void stubSlowModel(WireMockServer wm, String reply) {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500).withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c1","object":"chat.completion","model":"gpt-4o-mini",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},
                         "finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2}}"""
                        .formatted(reply))));
    }
}
