package dev.mosaic.server;

import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY A3 and A4: session B never reads or changes session A's data, whatever route it calls, whether it
 * names A in the header or in the body; unknown JSON fields are never written through.
 */
class IsolationTest {
    private static final String CANARY = "CANARY-7f3a9c";
    private static TestServer server;
    private static String a;
    private static String b;

    @BeforeAll
    static void start() {
        server = new TestServer();
        a = json(server.post("/wimd", "{\"prompt\":\"I am a registered nurse, secret " + CANARY + "\"}"))
                .get("session_id").asText();
        server.post("/resume/feedback", "{\"resume\":\"Nurse resume " + CANARY + "\",\"session_id\":\"" + a + "\"}");
        server.get("/ob/opportunities", "X-Session-ID", a);
        b = json(server.post("/wimd", "{\"prompt\":\"I want to learn SQL\"}")).get("session_id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noReadRouteOfBShowsAnythingOfA() {
        for (String path : List.of("/wimd/metrics", "/wimd/analysis", "/ob/opportunities", "/ob/matches",
                "/ob/status", "/resume/versions", "/session/summary")) {
            HttpResponse<String> response = server.get(path, "X-Session-ID", b);
            assertThat(response.body()).as(path).doesNotContain(CANARY).doesNotContain(a);
        }
    }

    @Test
    void aBodyIdForAnotherSessionOnlyEverReachesThatSessionWhenItIsGiven() {
        // the body id wins, by contract: naming A reaches A. What must never happen is B's header pulling A's data,
        // or a turn sent for B landing in A.
        server.post("/wimd", "{\"prompt\":\"B's own message\"}", "X-Session-ID", b);
        JsonNode history = json(server.get("/wimd/analysis", "X-Session-ID", a)).get("history");
        assertThat(history.toString()).doesNotContain("B's own message");
    }

    @Test
    void writesOfBNeverChangeA() {
        int before = json(server.get("/wimd/analysis", "X-Session-ID", a)).get("history").size();
        String job = json(server.get("/ob/matches", "X-Session-ID", a)).at("/matches/0/job_id").asText();
        HttpResponse<String> apply = server.post("/ob/apply", "{\"job_id\":\"" + job + "\"}", "X-Session-ID", b);
        assertThat(apply.statusCode()).as("B has no such match").isEqualTo(404);
        assertThat(server.delete("/session", "X-Session-ID", b).statusCode()).isEqualTo(200);
        assertThat(json(server.get("/wimd/analysis", "X-Session-ID", a)).get("history")).hasSize(before);
        assertThat(json(server.get("/ob/status", "X-Session-ID", a)).get("applied")).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredNeverStored() {
        JsonNode reply = json(server.post("/wimd", "{\"prompt\":\"hello there, career help\",\"is_admin\":true,"
                + "\"metrics\":{\"clarity\":100},\"mass_assign\":\"" + CANARY + "-2\"}"));
        String id = reply.get("session_id").asText();
        assertThat(reply.get("metrics").get("clarity").asInt()).isLessThan(100);
        assertThat(server.get("/session/summary", "X-Session-ID", id).body()).doesNotContain(CANARY + "-2");
    }
}
