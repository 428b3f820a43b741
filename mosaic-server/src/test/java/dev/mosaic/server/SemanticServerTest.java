package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The semantic layer through HTTP: on by default, named in /health, its clarifying options in POST /wimd. */
class SemanticServerTest {
    /** Between a panel interview and being ghosted after a final round: the coach asks which. */
    private static final String UNSURE = "final round for a PM role on Thursday, how do I prepare?";

    @Test
    void healthNamesTheMatcherAndTheModelAndLibraryVectorsAreCachedUnderTheDataRoot() throws Exception {
        try (TestServer server = new TestServer()) {
            JsonNode matcher = TestServer.JSON.readTree(server.get("/health").body()).get("matcher");
            assertThat(matcher.get("kind").asText()).isEqualTo("lexical+semantic");
            assertThat(matcher.at("/embedding/name").asText()).isEqualTo("all-MiniLM-L6-v2-q");
            assertThat(matcher.at("/embedding/sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(matcher.at("/embedding/dimensions").asInt()).isEqualTo(384);
            try (var files = Files.list(server.dataRoot().resolve("vectors"))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(name -> name.matches("[0-9a-f]{64}\\.vectors"));
            }
        }
    }

    @Test
    void offIsLexicalAndSaysSo() throws Exception {
        try (TestServer server = new TestServer(Map.of("MOSAIC_SEMANTIC", "off"), Clock.systemUTC())) {
            JsonNode matcher = TestServer.JSON.readTree(server.get("/health").body()).get("matcher");
            assertThat(matcher.get("kind").asText()).isEqualTo("lexical");
            assertThat(matcher.get("semantic").asText()).isEqualTo("off");
            JsonNode reply = TestServer.JSON.readTree(server.post("/wimd",
                    "{\"prompt\": \"" + UNSURE + "\"}").body());
            assertThat(reply.get("clarify").isNull()).isTrue();
        }
    }

    @Test
    void anUnsureMessageOffersTwoOptionsAndANumberAnswersIt() throws Exception {
        try (TestServer server = new TestServer()) {
            JsonNode asked = TestServer.JSON.readTree(server.post("/wimd", "{\"prompt\": \"" + UNSURE + "\"}").body());
            assertThat(asked.get("source").asText()).isEqualTo("clarify");
            assertThat(asked.get("next_step").isNull()).isTrue();
            JsonNode options = asked.at("/clarify/options");
            assertThat(options).hasSize(2);
            for (JsonNode option : options) {
                assertThat(option.get("label").asText()).isNotBlank();
                assertThat(option.get("topic").asText()).isNotBlank();
                assertThat(asked.get("message").asText()).contains(option.get("label").asText());
            }
            String session = asked.get("session_id").asText();
            JsonNode answered = TestServer.JSON.readTree(server.post("/wimd", "{\"prompt\": \"2\"}",
                    "X-Session-ID", session).body());
            assertThat(answered.get("source").asText()).isEqualTo("library");
            assertThat(answered.at("/match/id").asText()).isEqualTo(options.get(1).get("entry_id").asText());
            assertThat(answered.get("clarify").isNull()).isTrue();
            assertThat(answered.get("next_step").asText()).isNotBlank();
        }
    }

    @Test
    void anInvalidSwitchStopsStartUpNamingTheVariable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.fromEnvironment(
                Map.of("MOSAIC_SEMANTIC", "maybe"))).isInstanceOf(StartupException.class)
                .hasMessageContaining("MOSAIC_SEMANTIC");
    }
}
