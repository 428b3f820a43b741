package dev.mosaic.server;

import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RELIABILITY B4: a flood from one session or address is cut at its limit with 429 and Retry-After. */
class RequestLimitsTest {
    @Test
    void aSessionGetsAtMostItsLimitThen429WithRetryAfterWhileProbesStillAnswer() {
        try (TestServer server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_SESSION", "5",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "1000"), Clock.systemUTC())) {
            String id = server.server().mosaic().sessions().create().id().value();
            int accepted = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 20; i++) {
                last = server.get("/resume/versions", "X-Session-ID", id);
                if (last.statusCode() == 200) {
                    accepted++;
                }
            }
            assertThat(accepted).isBetween(5, 6);
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(json(last).get("detail").asText()).isEqualTo("rate_limited");
            assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            String other = server.server().mosaic().sessions().create().id().value();
            assertThat(server.get("/resume/versions", "X-Session-ID", other).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAddressGetsAtMostItsLimit() {
        try (TestServer server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_ADDRESS", "8"), Clock.systemUTC())) {
            int accepted = 0;
            for (int i = 0; i < 20; i++) {
                accepted += server.get("/config").statusCode() == 200 ? 1 : 0;
            }
            assertThat(accepted).isBetween(8, 9);
            assertThat(server.get("/config").statusCode()).isEqualTo(429);
            for (String file : WebUi.FILES) {
                assertThat(server.get("/ui/" + file).statusCode()).as("the web UI's files are not limited")
                        .isEqualTo(200);
            }
        }
    }
}
