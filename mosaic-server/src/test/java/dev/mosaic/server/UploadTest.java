package dev.mosaic.server;

import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.testing.TestDocuments;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /wimd/upload over a real socket: multipart, limits, types by content, and the text reaching the profile. */
class UploadTest {
    private static final String[] RESUME = {"Sam Lee", "sam@example.com", "EXPERIENCE", "Registered nurse, St Ann",
        "Critical care and ACLS, telemetry monitoring", "SKILLS", "Patient care, EHR"};
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("MAX_UPLOAD_BYTES", "200000"), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> upload(String filename, byte[] content, String... headers) {
        return server.upload(filename, content, headers);
    }

    @Test
    void pdfDocxAndTextUploadsAreReadAndFeedTheProfile() throws Exception {
        HttpResponse<String> pdf = upload("cv.pdf", pdf());
        assertThat(pdf.statusCode()).isEqualTo(200);
        JsonNode body = json(pdf);
        String id = body.get("session_id").asText();
        assertThat(body.at("/file/filename").asText()).isEqualTo("cv.pdf");
        assertThat(body.at("/file/content_type").asText()).isEqualTo("application/pdf");
        assertThat(body.at("/file/metrics/word_count").asInt()).isPositive();
        assertThat(body.at("/file/metrics/sections").toString()).contains("experience", "skills");
        assertThat(body.at("/file/text_preview").asText()).contains("Registered nurse");

        HttpResponse<String> docx = upload("cv.docx", docx(), "X-Session-ID", id);
        assertThat(json(docx).at("/file/content_type").asText()).contains("wordprocessingml");
        HttpResponse<String> md = upload("notes.md", "# Goals\nMove into ICU nursing".getBytes(StandardCharsets.UTF_8),
                "X-Session-ID", id);
        assertThat(json(md).at("/file/content_type").asText()).isEqualTo("text/markdown");

        JsonNode summary = json(server.get("/session/summary", "X-Session-ID", id));
        assertThat(summary.get("files")).hasSize(3);
        assertThat(summary.at("/user_data/skills").toString()).contains("critical care", "acls", "telemetry");
        assertThat(json(server.get("/ob/opportunities", "X-Session-ID", id)).at("/opportunities/0/job_id").asText())
                .startsWith("hc-");
    }

    @Test
    void aPdfAndADocxUploadGiveTheSameFindingsAsTheText() {
        java.util.function.Function<JsonNode, java.util.List<String>> rules = body -> {
            java.util.List<String> found = new java.util.ArrayList<>();
            body.at("/file/feedback/findings").forEach(f -> found.add(f.get("rule").asText()));
            java.util.Collections.sort(found);
            return found;
        };
        JsonNode text = json(upload("cv.txt", String.join("\n", RESUME).getBytes(StandardCharsets.UTF_8)));
        JsonNode pdf = json(upload("cv.pdf", pdf()));
        JsonNode docx = json(upload("cv.docx", docx()));
        assertThat(rules.apply(text)).isNotEmpty();
        assertThat(rules.apply(pdf)).isEqualTo(rules.apply(text));
        assertThat(rules.apply(docx)).isEqualTo(rules.apply(text));
        assertThat(pdf.at("/file/structure/experience/0/title").asText()).isEqualTo("Registered nurse");
        assertThat(pdf.at("/file/structure/email").asText()).isEqualTo("sam@example.com");
    }

    @Test
    void errorsHaveTheContractsCodes() throws Exception {
        assertProblem(upload(null, "text".getBytes(StandardCharsets.UTF_8)), 400, "filename_required");
        assertProblem(upload("cv.pdf", "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported_file_type");
        assertProblem(upload("cv.pdf", "%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII)), 422,
                "unreadable_document");
        String id = json(upload("small.txt", "hello there".getBytes(StandardCharsets.UTF_8))).get("session_id").asText();
        assertProblem(upload("big.txt", new byte[300_000], "X-Session-ID", id), 413, "file_too_large");
        assertThat(json(server.get("/session/summary", "X-Session-ID", id)).get("files")).as("nothing stored").hasSize(1);
        HttpResponse<String> notMultipart = server.post("/wimd/upload", "{\"file\":\"x\"}");
        assertProblem(notMultipart, 415, "unsupported_media_type");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("detail").asText()).isEqualTo(code);
    }

    private static byte[] pdf() {
        return TestDocuments.pdf(RESUME, 1, false);
    }

    private static byte[] docx() {
        return TestDocuments.docx(RESUME);
    }
}
