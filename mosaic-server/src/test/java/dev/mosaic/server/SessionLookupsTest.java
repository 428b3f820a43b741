package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, deliverable 5: a request looks its session up once. Before, {@code POST /wimd} found the session in the
 * server, again in the coach, and a third time in the store's insert; now the coach's one {@code touch_session}
 * (find, check and slide in one statement) is the only session read, counted here by the store timer the server
 * already keeps per operation.
 */
class SessionLookupsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCoachingTurnInAKnownSessionReadsTheSessionOnce() {
        String id = server.server().mosaic().sessions().create().id().value();
        server.post("/wimd", "{\"prompt\":\"how do I ask for a raise?\"}", "X-Session-ID", id); // warm
        Map<String, Long> before = storeCalls();
        assertThat(server.post("/wimd", "{\"prompt\":\"I want to move from support into product management\"}",
                "X-Session-ID", id).statusCode()).isEqualTo(200);
        Map<String, Long> after = storeCalls();
        assertThat(delta(before, after, "touch_session")).isEqualTo(1);
        assertThat(delta(before, after, "find_session")).isZero();
        assertThat(delta(before, after, "append_turn")).isEqualTo(1);
    }

    @Test
    void anUnknownSessionOnACreateRouteCostsOneLookupAndStartsANewSession() {
        String unknown = "0123456789abcdef0123456789abcdef";
        Map<String, Long> before = storeCalls();
        var answer = server.post("/wimd", "{\"prompt\":\"how do I ask for a raise?\"}", "X-Session-ID", unknown);
        Map<String, Long> after = storeCalls();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Session-ID")).isPresent().get().isNotEqualTo(unknown);
        assertThat(delta(before, after, "touch_session")).as("the unknown one, then the new one").isEqualTo(2);
        assertThat(delta(before, after, "create_session")).isEqualTo(1);
    }

    @Test
    void aReadOfAKnownSessionLooksItUpOnce() {
        String id = server.server().mosaic().sessions().create().id().value();
        Map<String, Long> before = storeCalls();
        assertThat(server.get("/resume/versions", "X-Session-ID", id).statusCode()).isEqualTo(200);
        Map<String, Long> after = storeCalls();
        assertThat(delta(before, after, "touch_session") + delta(before, after, "find_session")).isEqualTo(1);
    }

    @Test
    void aWellFormedIdThatNamesNoSessionIsNotEchoedAndCostsNoBucket() {
        int before = server.server().defences().perSession().tracked();
        for (int i = 0; i < 50; i++) {
            String madeUp = String.format("%032x", 0xfeed0000L + i);
            var answer = server.get("/resume/versions", "X-Session-ID", madeUp);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("X-Session-ID")).as("no echo of an id that names nothing").isEmpty();
        }
        assertThat(server.server().defences().perSession().tracked()).isEqualTo(before);
        String id = server.server().mosaic().sessions().create().id().value();
        assertThat(server.get("/resume/versions", "X-Session-ID", id).headers().firstValue("X-Session-ID"))
                .contains(id);
        assertThat(server.server().defences().perSession().tracked()).isEqualTo(before + 1);
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String operation) {
        return after.getOrDefault(operation, 0L) - before.getOrDefault(operation, 0L);
    }

    private static Map<String, Long> storeCalls() {
        String text = server.get("/metrics").body();
        Matcher line = Pattern.compile("mosaic_store_operation_seconds_count\\{operation=\"(\\w+)\"[^}]*} ([0-9.]+)")
                .matcher(text);
        Map<String, Long> counts = new java.util.HashMap<>();
        while (line.find()) {
            counts.put(line.group(1), (long) Double.parseDouble(line.group(2)));
        }
        return counts;
    }
}
