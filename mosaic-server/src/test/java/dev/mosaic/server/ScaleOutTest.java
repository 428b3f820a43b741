package dev.mosaic.server;

import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.testing.MutableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY G6: two server instances on one PostgreSQL serve the same sessions, so they can stand behind a load
 * balancer with no affinity. Needs {@code MOSAIC_TEST_POSTGRES_URL} ({@code ./mosaic test} starts a throwaway
 * cluster when PostgreSQL is installed); skipped loudly without it, and failing in CI.
 */
class ScaleOutTest {
    @Test
    void aSessionMadeOnOneServerIsReadAndExtendedOnTheOther() throws Exception {
        Optional<String> base = Optional.ofNullable(System.getenv("MOSAIC_TEST_POSTGRES_URL")).filter(u -> !u.isBlank());
        if (base.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("MOSAIC_TEST_POSTGRES_URL is not set, but CI must run the scale-out test");
            }
            System.err.println("\n*** SKIPPING the two-server test: set MOSAIC_TEST_POSTGRES_URL\n");
            Assumptions.abort("no PostgreSQL");
        }
        String schema = "mosaic_scaleout_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(base.get());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = base.get() + (base.get().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        MutableClock clock = new MutableClock(Instant.now());
        try (TestServer first = new TestServer(Map.of("DATABASE_URL", url), clock);
             TestServer second = new TestServer(Map.of("DATABASE_URL", url), clock)) {
            assertThat(json(first.get("/health")).get("store").asText()).isEqualTo("postgresql");
            JsonNode made = json(first.post("/wimd", "{\"prompt\":\"I'm a data analyst looking to move into "
                    + "data engineering\"}"));
            String id = made.get("session_id").asText();

            JsonNode metrics = json(second.get("/wimd/metrics", "X-Session-ID", id));
            assertThat(metrics.get("metrics")).isEqualTo(made.get("metrics"));
            JsonNode before = json(second.get("/session/summary", "X-Session-ID", id));
            clock.advance(Duration.ofMinutes(5));
            JsonNode turn = json(second.post("/wimd", "{\"prompt\":\"I applied to 2 data engineering roles today\","
                    + "\"session_id\":\"" + id + "\"}"));
            assertThat(turn.get("session_id").asText()).isEqualTo(id);
            JsonNode after = json(first.get("/session/summary", "X-Session-ID", id));
            assertThat(Instant.parse(after.get("expires_at").asText()))
                    .isAfter(Instant.parse(before.get("expires_at").asText()));
            assertThat(json(first.get("/wimd/analysis", "X-Session-ID", id)).get("history")).hasSize(2);
        } finally {
            try (Connection connection = DriverManager.getConnection(base.get());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
