package dev.mosaic.server;

import static dev.mosaic.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.testing.MutableClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP contract over a real socket: shapes, session rules, error codes and headers. */
class ServerContractTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("PUBLIC_SITE_ORIGIN", "https://whatismydelta.com"), CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whatMosaicKnowsIsListedInTheAnalysisAndTheSummaryAndOneFactCanBeForgotten() {
        JsonNode first = json(server.post("/wimd", "{\"prompt\": \"I'm a maths teacher in Leeds, 11 years in, and "
                + "I want to move into data analysis. I have an offer of £38k from Northwind.\"}"));
        String session = first.get("session_id").asText();
        JsonNode known = json(server.get("/wimd/facts", "X-Session-ID", session)).get("known");
        assertThat(known.findValuesAsText("kind")).contains("current_role", "years", "place", "offer", "company");
        assertThat(known.findValuesAsText("value")).contains("maths teacher", "11", "Leeds", "£38k", "Northwind");
        assertThat(json(server.get("/wimd/analysis", "X-Session-ID", session)).get("known")).isEqualTo(known);
        assertThat(json(server.get("/session/summary", "X-Session-ID", session)).get("known")).isEqualTo(known);
        assertThat(first.get("message").asText()).as("the first sentence gives back what they said")
                .contains("maths teacher");

        String offer = known.findValues("id").stream().map(JsonNode::asText).filter(id -> id.contains("-offer-"))
                .findFirst().orElseThrow();
        HttpResponse<String> forgotten = server.delete("/wimd/facts?id=" + offer, "X-Session-ID", session);
        assertThat(forgotten.statusCode()).isEqualTo(200);
        assertThat(json(forgotten).get("known").findValuesAsText("kind")).doesNotContain("offer");
        HttpResponse<String> again = server.delete("/wimd/facts?id=" + offer, "X-Session-ID", session);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).get("detail").asText()).isEqualTo("fact_not_found");
        HttpResponse<String> noId = server.delete("/wimd/facts", "X-Session-ID", session);
        assertThat(noId.statusCode()).isEqualTo(422);
        assertThat(noId.body()).contains("id");
    }

    @Test
    void healthReportsLivenessAndBuildIdentityWithoutAnyAiKey() {
        HttpResponse<String> response = server.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("timestamp").asText()).isEqualTo(CLOCK.instant().toString());
        assertThat(body.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(body.has("commit")).isTrue();
        assertThat(body.has("built_at")).isTrue();
        assertThat(body.get("schemaVersion").asText()).isEqualTo("v1");
        assertThat(body.at("/prompts/count").asInt()).isGreaterThanOrEqualTo(600);
        assertThat(body.at("/prompts/sha").asText()).matches("[0-9a-f]{64}");
        assertThat(body.at("/ai/mode").asText()).isEqualTo("offline");
    }

    @Test
    void readinessReportsTheStoreAndLibraryAndIsNotAffectedByMissingAiKeys() {
        HttpResponse<String> response = server.get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("ready").asBoolean()).isTrue();
        assertThat(body.at("/store/kind").asText()).isEqualTo("sqlite");
        assertThat(body.at("/store/schema_version").asInt()).isPositive();
        assertThat(body.at("/prompts/count").asInt()).isGreaterThanOrEqualTo(600);
        assertThat(body.at("/ai/mode").asText()).isEqualTo("offline");
        assertThat(server.dataRoot().resolve("mosaic.db")).exists();
    }

    @Test
    void indexListsTheFifteenEndpoints() {
        JsonNode body = json(server.get("/", "Accept", "application/json"));
        List<String> keys = new ArrayList<>();
        body.get("endpoints").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("health", "config", "prompts", "wimd", "wimd_upload", "wimd_metrics",
                "wimd_analysis", "ob_opportunities", "ob_matches", "ob_status", "ob_apply", "resume_rewrite",
                "resume_customize", "resume_feedback", "resume_versions");
        assertThat(body.get("schemaVersion").asText()).isEqualTo("v1");
    }

    @Test
    void browsersGetTheWebUiAtTheRootAndJsonClientsKeepTheIndex() {
        HttpResponse<String> page = server.get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebUi.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/ui/app.js\">").doesNotContain("<style",
                "style=\"", "onclick", "http://", "https://");
        assertThat(json(server.get("/", "Accept", "application/json")).get("endpoints")).hasSize(15);
        assertThat(json(server.get("/")).get("endpoints")).hasSize(15);
        for (String file : WebUi.FILES) {
            HttpResponse<String> asset = server.get("/ui/" + file);
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
            // Nothing loaded from elsewhere (the SVG namespace is a name, not a fetch), nothing parsed as HTML.
            assertThat(asset.body().replace("http://www.w3.org/2000/svg", "")).as(file)
                    .doesNotContain("http://", "https://", "eval(", "innerHTML");
        }
        // Only the listed files: an encoded "../" names no file (a plain one is resolved by the client first).
        assertThat(server.get("/ui/%2e%2e%2fopenapi.yaml").statusCode()).isIn(400, 404);
        assertThat(server.get("/ui/%2e%2e%2f%2e%2e%2fpom.xml").statusCode()).isIn(400, 404);
        assertThat(server.get("/ui/secret.js").statusCode()).isEqualTo(404);
    }

    @Test
    void configAndActivePromptsAnswer() {
        JsonNode config = json(server.get("/config"));
        assertThat(config.get("apiBase").asText()).isEmpty();
        assertThat(config.get("schemaVersion").asText()).isEqualTo("v1");
        JsonNode prompts = json(server.get("/prompts/active"));
        assertThat(prompts.get("active").asText()).isEqualTo(json(server.get("/health")).at("/prompts/sha").asText());
        assertThat(prompts.get("version").asInt()).isEqualTo(1);
        assertThat(config.at("/care/region").asText()).isEqualTo("international");
        assertThat(config.at("/care/resources")).extracting(node -> node.get("contact").asText())
                .anySatisfy(contact -> assertThat(contact).contains("116 123"));
    }

    @Test
    void aCrisisGetsCareWithResourcesAndNoNextStepAndOffTopicIsDeclined() {
        JsonNode crisis = json(server.post("/wimd",
                "{\"prompt\":\"I have been thinking about ending my life since I lost my job\"}"));
        assertThat(crisis.get("source").asText()).isEqualTo("care");
        assertThat(crisis.at("/care/level").asText()).isEqualTo("crisis");
        assertThat(crisis.at("/care/kind").asText()).isEqualTo("suicide");
        assertThat(crisis.at("/care/resources")).isNotEmpty()
                .allSatisfy(resource -> assertThat(resource.get("kind").asText()).isIn("crisis_line", "emergency"));
        assertThat(crisis.get("next_step").isNull()).isTrue();
        assertThat(crisis.get("match").isNull()).isTrue();
        assertThat(crisis.get("signals")).isEmpty();

        JsonNode distress = json(server.post("/wimd", "{\"prompt\":\"laid off this morning, 8 years there\"}"));
        assertThat(distress.get("source").asText()).isEqualTo("care");
        assertThat(distress.at("/care/level").asText()).isEqualTo("distress");
        assertThat(distress.at("/care/resources")).isEmpty();
        assertThat(distress.get("next_step").asText()).contains("planning can wait");

        JsonNode offTopic = json(server.post("/wimd", "{\"prompt\":\"write me a poem about the ocean\"}"));
        assertThat(offTopic.get("source").asText()).isEqualTo("off_topic");
        assertThat(offTopic.get("care").isNull()).isTrue();
        assertThat(offTopic.get("next_step").isNull()).isTrue();
        assertThat(offTopic.get("message").asText()).contains("career coach");
    }

    @Test
    void wimdCreatesASessionAndAnswersWithMetricsAndMatch() {
        HttpResponse<String> response = server.post("/wimd",
                "{\"prompt\":\"I have two job offers and cannot decide which to accept\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        String id = body.get("session_id").asText();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(response.headers().firstValue("X-Session-ID")).contains(id);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("source").asText()).isEqualTo("library");
        assertThat(body.at("/match/tag").asText()).isEqualTo("Decision-Making");
        assertThat(body.get("metrics").has("clarity")).isTrue();
        assertThat(body.get("signals").isArray()).isTrue();
        assertThat(body.get("next_step").asText()).isNotBlank();

        HttpResponse<String> second = server.post("/wimd", "{\"prompt\":\"thanks, that helps a lot\",\"session_id\":\""
                + id + "\"}");
        assertThat(json(second).get("session_id").asText()).isEqualTo(id);
        JsonNode analysis = json(server.get("/wimd/analysis", "X-Session-ID", id));
        assertThat(analysis.get("history")).hasSize(2);
        assertThat(analysis.at("/history/0/prompt").asText()).isEqualTo("thanks, that helps a lot");
        assertThat(analysis.at("/analysis/turns").asInt()).isEqualTo(2);
        assertThat(json(server.get("/wimd/metrics", "X-Session-ID", id)).get("metrics"))
                .isEqualTo(json(second).get("metrics"));
    }

    @Test
    void theGuidedFlowIsOptInThroughContextAndAnalysisTracksCommitments() {
        JsonNode normal = json(server.post("/wimd", "{\"prompt\":\"Can you guide me?\"}"));
        assertThat(normal.at("/guided/active").asBoolean()).isFalse();
        String id = normal.get("session_id").asText();

        JsonNode started = json(server.post("/wimd", "{\"prompt\":\"start\",\"context\":\"guided\",\"session_id\":\""
                + id + "\"}"));
        assertThat(started.get("source").asText()).isEqualTo("guided");
        assertThat(started.at("/guided/active").asBoolean()).isTrue();
        assertThat(started.at("/guided/question_id").asText()).isEqualTo("g1");
        JsonNode answered = json(server.post("/wimd", "{\"prompt\":\"I'm a support engineer, 3 years in\","
                + "\"session_id\":\"" + id + "\"}"));
        assertThat(answered.at("/guided/question_id").asText()).isEqualTo("g2");
        JsonNode left = json(server.post("/wimd", "{\"prompt\":\"exit\",\"session_id\":\"" + id + "\"}"));
        assertThat(left.at("/guided/active").asBoolean()).isFalse();

        server.post("/wimd", "{\"prompt\":\"I'll email two hiring managers by Friday\",\"session_id\":\"" + id + "\"}");
        server.post("/wimd", "{\"prompt\":\"I emailed both hiring managers on Thursday\",\"session_id\":\"" + id
                + "\"}");
        JsonNode analyzed = json(server.get("/wimd/analysis", "X-Session-ID", id));
        for (JsonNode turn : analyzed.get("history")) {
            assertThat(turn.at("/analysis/match_id").asText()).as("the flow's state stays inside Mosaic")
                    .doesNotStartWith("guided:").doesNotStartWith("care:");
        }
        assertThat(analyzed.get("history").findValuesAsText("source")).contains("guided");
        JsonNode analysis = analyzed.get("analysis");
        assertThat(analysis.get("commitments").toString()).contains("email two hiring managers");
        assertThat(analysis.at("/commitments/0/done").asBoolean()).isTrue();
        assertThat(analysis.get("trend").has("momentum")).isTrue();
    }

    @Test
    void bodySessionIdWinsOverTheHeader() {
        String a = json(server.post("/wimd", "{\"prompt\":\"I want to learn SQL\"}")).get("session_id").asText();
        String b = json(server.post("/wimd", "{\"prompt\":\"I want to learn Excel\"}")).get("session_id").asText();
        JsonNode body = json(server.post("/wimd", "{\"prompt\":\"more please\",\"session_id\":\"" + a + "\"}",
                "X-Session-ID", b));
        assertThat(body.get("session_id").asText()).isEqualTo(a);
    }

    @Test
    void createRoutesNeverAdoptAnUnknownIdAndRequiredRoutesAnswer404() {
        String chosen = "0123456789abcdef0123456789abcdef";
        JsonNode body = json(server.post("/wimd", "{\"prompt\":\"hello there, I need career help\"}",
                "X-Session-ID", chosen));
        assertThat(body.get("session_id").asText()).isNotEqualTo(chosen);
        for (String path : List.of("/wimd/metrics", "/wimd/analysis", "/ob/opportunities", "/ob/matches",
                "/ob/status", "/resume/versions", "/session/summary")) {
            HttpResponse<String> response = server.get(path, "X-Session-ID", chosen);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).get("detail").asText()).as(path).isEqualTo("session_not_found");
            assertThat(server.get(path).statusCode()).as(path + " without id").isEqualTo(404);
        }
        Map<String, String> requiredPosts = Map.of(
                "/ob/apply", "{\"job_id\":\"hc-001\"}",
                "/resume/customize", "{\"job_id\":\"hc-001\",\"resume\":\"Nurse, ICU, 6 years\"}",
                "/resume/feedback", "{\"resume\":\"Nurse, ICU, 6 years\"}");
        requiredPosts.forEach((path, request) -> {
            HttpResponse<String> withHeader = server.post(path, request, "X-Session-ID", chosen);
            assertThat(withHeader.statusCode()).as(path).isEqualTo(404);
            assertThat(json(withHeader).get("detail").asText()).as(path).isEqualTo("session_not_found");
            String inBody = request.replaceFirst("^\\{", "{\"session_id\":\"" + chosen + "\",");
            assertThat(json(server.post(path, inBody)).get("detail").asText()).as(path + " body id")
                    .isEqualTo("session_not_found");
            assertThat(server.post(path, request).statusCode()).as(path + " without id").isEqualTo(404);
        });
        HttpResponse<String> erase = server.delete("/session", "X-Session-ID", chosen);
        assertThat(erase.statusCode()).isEqualTo(404);
        assertThat(json(erase).get("detail").asText()).isEqualTo("session_not_found");
    }

    /** RELIABILITY A4: fields a client should not set are ignored, never written through. */
    @Test
    void unknownAndServerOwnedFieldsAreNeverStored() {
        String canary = "CANARY-" + Long.toHexString(System.nanoTime()) + "-ZEBRA";
        String extras = "\"metrics\":{\"clarity\":100,\"action\":100,\"momentum\":100},"
                + "\"expires_at\":\"2099-01-01T00:00:00Z\",\"created_at\":\"2001-01-01T00:00:00Z\","
                + "\"source\":\"model\",\"" + canary + "\":\"" + canary + "\"";
        JsonNode turn = json(server.post("/wimd", "{\"prompt\":\"I want a new job\"," + extras + "}"));
        String id = turn.get("session_id").asText();
        assertThat(turn.at("/metrics/clarity").asInt()).isLessThan(100);
        assertThat(turn.get("source").asText()).isNotEqualTo("model");
        JsonNode version = json(server.post("/resume/rewrite", "{\"source_resume\":\"Nurse, ICU\",\"version_id\":\""
                + canary + "\"," + extras + "}", "X-Session-ID", id));
        assertThat(version.get("version_id").asText()).isNotEqualTo(canary);
        JsonNode summary = json(server.get("/session/summary", "X-Session-ID", id));
        assertThat(summary.get("expires_at").asText()).doesNotStartWith("2099");
        assertThat(summary.get("created_at").asText()).doesNotStartWith("2001");
        for (String path : List.of("/session/summary", "/wimd/analysis", "/resume/versions")) {
            assertThat(server.get(path, "X-Session-ID", id).body()).as(path).doesNotContain(canary);
        }
    }

    @Test
    void metricsBeforeTheFirstTurnIs404MetricsNotFound() {
        String id = createEmptySession();
        HttpResponse<String> response = server.get("/wimd/metrics", "X-Session-ID", id);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asText()).isEqualTo("metrics_not_found");
        HttpResponse<String> jobs = server.get("/ob/opportunities", "X-Session-ID", id);
        assertThat(jobs.statusCode()).isEqualTo(404);
        assertThat(json(jobs).get("detail").asText()).isEqualTo("metrics_not_ready");
    }

    @Test
    void opportunitiesMatchesApplyAndStatus() {
        String id = json(server.post("/wimd", "{\"prompt\":\"I'm a registered nurse, 6 years in critical care with "
                + "ACLS and telemetry, looking for a senior ICU role\"}")).get("session_id").asText();
        JsonNode opportunities = json(server.get("/ob/opportunities", "X-Session-ID", id));
        JsonNode best = opportunities.at("/opportunities/0");
        String bestId = best.get("job_id").asText();
        assertThat(bestId).startsWith("hc-");
        assertThat(best.get("fit_score").asInt()).isBetween(50, 100);
        assertThat(best.get("skills_match").toString()).contains("critical care");
        assertThat(best.at("/extras/reasons").size()).isPositive();

        HttpResponse<String> missing = server.post("/ob/apply", "{\"job_id\":\"nope\"}", "X-Session-ID", id);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asText()).isEqualTo("job_match_not_found");

        JsonNode applied = json(server.post("/ob/apply", "{\"job_id\":\"" + bestId + "\",\"notes\":\"sent\"}",
                "X-Session-ID", id));
        assertThat(applied.get("status").asText()).isEqualTo("applied");
        assertThat(applied.at("/job/job_id").asText()).isEqualTo(bestId);
        server.post("/ob/apply", "{\"job_id\":\"" + bestId + "\",\"status\":\"interviewing\",\"notes\":\"Tue\"}",
                "X-Session-ID", id);
        assertThat(server.get("/ob/opportunities", "X-Session-ID", id).statusCode()).isEqualTo(200); // regenerate
        JsonNode status = json(server.get("/ob/status", "X-Session-ID", id));
        assertThat(status.at("/applied/0/job_id").asText()).isEqualTo(bestId);
        assertThat(status.at("/applied/0/status").asText()).isEqualTo("interviewing");
        assertThat(status.at("/applied/0/history/0/status").asText()).isEqualTo("applied");
        assertThat(status.at("/applied/0/history")).hasSize(2);
        HttpResponse<String> badStatus = server.post("/ob/apply", "{\"job_id\":\"" + bestId
                + "\",\"status\":\"hired\"}", "X-Session-ID", id);
        assertThat(badStatus.statusCode()).isEqualTo(422);
        assertThat(status.get("available").toString()).doesNotContain("\"" + bestId + "\"");
        assertThat(json(server.get("/ob/matches", "X-Session-ID", id)).get("matches").size())
                .isEqualTo(opportunities.get("opportunities").size());
    }

    @Test
    void resumeFeedbackAndVersions() {
        String id = createEmptySession();
        HttpResponse<String> response = server.post("/resume/feedback",
                "{\"resume\":\"Jane Doe\\njane@example.com\\n- responsible for reports\",\"session_id\":\"" + id + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.at("/analysis/word_count").asInt()).isEqualTo(7);
        assertThat(body.at("/analysis/line_count").asInt()).isEqualTo(3);
        assertThat(body.get("suggestions").toString()).contains("bullet.action_verb");
        JsonNode versions = json(server.get("/resume/versions", "X-Session-ID", id));
        assertThat(versions.get("versions")).hasSize(1);
        assertThat(versions.at("/versions/0/content").asText()).startsWith("Jane Doe");
    }

    @Test
    void rewriteCustomizeAndFeedbackWithAJobAreStoredAsVersions() {
        String resume = "Sam Lee\\nsam@example.com\\nExperience\\nRegistered Nurse, St Ann, 2019-2024\\n"
                + "* Responsible for critical care patients\\n* Monitored telemetry for 12 beds\\nSkills\\nACLS";
        JsonNode rewritten = json(server.post("/resume/rewrite", "{\"source_resume\":\"" + resume + "\"}"));
        String id = rewritten.get("session_id").asText();
        assertThat(rewritten.get("resume").asText()).contains("- Owned critical care patients", "EXPERIENCE");
        assertThat(rewritten.get("source").asText()).isEqualTo("offline");
        assertThat(rewritten.get("version_name").asText()).isEqualTo("rewrite");

        String job = json(server.get("/ob/opportunities", "X-Session-ID", id)).at("/opportunities/0/job_id").asText();
        JsonNode tailored = json(server.post("/resume/customize", "{\"job_id\":\"" + job + "\",\"resume\":\""
                + resume + "\",\"highlight_skills\":[\"telemetry\",\"python\"],\"session_id\":\"" + id + "\"}"));
        assertThat(tailored.get("matching_skills").toString()).contains("telemetry");
        assertThat(tailored.get("gaps").toString()).contains("python");
        assertThat(tailored.get("resume").asText()).doesNotContain("python");
        HttpResponse<String> unknownJob = server.post("/resume/customize", "{\"job_id\":\"nope\",\"resume\":\"x y\","
                + "\"session_id\":\"" + id + "\"}");
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(json(unknownJob).get("detail").asText()).isEqualTo("job_not_found");

        JsonNode feedback = json(server.post("/resume/feedback", "{\"resume\":\"" + resume + "\",\"job_id\":\"" + job
                + "\",\"session_id\":\"" + id + "\"}"));
        assertThat(feedback.at("/analysis/parts").has("keywords")).isTrue();
        JsonNode versions = json(server.get("/resume/versions", "X-Session-ID", id)).get("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.at("/0/version_name").asText()).isEqualTo("feedback");
        assertThat(versions.at("/1/job_id").asText()).isEqualTo(job);
    }

    @Test
    void validationErrorsAre422WithTheField() {
        HttpResponse<String> response = server.post("/wimd", "{\"prompt\":\"\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.get("detail").asText()).isEqualTo("validation_failed");
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("prompt");
        JsonNode tooLong = json(server.post("/wimd", "{\"prompt\":\"" + "x".repeat(4001) + "\"}"));
        assertThat(tooLong.at("/errors/0/message").asText()).contains("4000");
        assertThat(tooLong.at("/errors/0/field").asText()).as("the SDK's 'message', named as the JSON field")
                .isEqualTo("prompt");
        assertThat(json(server.post("/wimd", "{\"prompt\":42}")).at("/errors/0/message").asText())
                .isEqualTo("must be a string");
    }

    @Test
    void malformedJsonAndWrongContentTypeAreProblems() {
        HttpResponse<String> broken = server.post("/wimd", "{\"prompt\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("detail").asText()).isEqualTo("invalid_json");
        assertThat(broken.body()).doesNotContain("Exception", "at com.", "at dev.");
        HttpResponse<String> deep = server.post("/wimd", "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(deep.statusCode()).isIn(400, 413);
        HttpResponse<String> text = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("hi")));
        assertThat(text.statusCode()).isEqualTo(415);
    }

    /**
     * RELIABILITY B1/B2: bodies built to exhaust the parser or the heap are refused with 400/413 without being read
     * whole. The time bound is deliberately loose (the row's figure is 100 ms); it catches a parser that walks 5 MB
     * or 10,000 levels, not scheduling noise.
     */
    @Test
    void hostileBodiesAreRefusedQuicklyAndTheServerKeepsServing() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("10,000 deep", "{\"prompt\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        bodies.put("5 MB string", "{\"prompt\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        bodies.put("5,000-digit number", "{\"prompt\":\"hi\",\"n\":" + "9".repeat(5_000) + "}");
        bodies.forEach((name, body) -> {
            long started = System.nanoTime();
            HttpResponse<String> response = server.post("/wimd", body);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode()).as(name).isIn(400, 413);
            assertThat(json(response).get("detail").asText()).as(name)
                    .isIn("invalid_json", "json_too_large", "payload_too_large");
            assertThat(millis).as(name + " answered in ms").isLessThan(2_000);
        });
        // 100 MB streamed in chunks with no declared length: refused, and the server keeps serving. (That it stops
        // reading one byte past the limit is JsonCodec.readBody; heap growth is not measured here.)
        byte[] megabyte = "x".repeat(1024 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var hundredMegabytes = java.net.http.HttpRequest.BodyPublishers.ofByteArrays(
                java.util.Collections.nCopies(100, megabyte)); // an Iterable body has no length: sent chunked
        int status;
        try {
            status = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd"))
                    .header("Content-Type", "application/json").POST(hundredMegabytes)).statusCode();
        } catch (java.io.UncheckedIOException closedMidUpload) {
            status = 413; // the server may answer and close while the client is still sending: also a refusal
        }
        assertThat(status).isEqualTo(413);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void headerBombsAreRefusedAndTheServerKeepsServing() {
        HttpResponse<String> bomb = server.get("/health", "X-Bomb", "x".repeat(64 * 1024));
        assertThat(bomb.statusCode()).isIn(400, 413, 431);
        HttpResponse<String> longPath = server.get("/" + "a".repeat(20_000));
        assertThat(longPath.statusCode()).isIn(400, 404, 414);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsWithSecurityHeaders() {
        HttpResponse<String> missing = server.get("/no/such/route");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asText()).isEqualTo("not_found");
        HttpResponse<String> wrongMethod = server.get("/wimd");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        for (HttpResponse<String> response : List.of(missing, wrongMethod, server.get("/health"))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        HttpResponse<String> allowed = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://www.whatismydelta.com")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.whatismydelta.com");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("X-Session-ID");
        HttpResponse<String> denied = server.get("/health", "Origin", "https://evil.example");
        assertThat(denied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void summaryAndEraseCoverTheWholeSession() {
        String id = json(server.post("/wimd", "{\"prompt\":\"I know SQL and Python and want a data analyst role\"}"))
                .get("session_id").asText();
        JsonNode summary = json(server.get("/session/summary", "X-Session-ID", id));
        assertThat(summary.get("session_id").asText()).isEqualTo(id);
        assertThat(summary.at("/user_data/skills").toString()).contains("sql", "python");
        assertThat(summary.get("latest_metrics").has("clarity")).isTrue();
        assertThat(Instant.parse(summary.get("expires_at").asText()))
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(30)));

        JsonNode erased = json(server.delete("/session", "X-Session-ID", id));
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(server.get("/session/summary", "X-Session-ID", id).statusCode()).isEqualTo(404);
    }

    @Test
    void expirySlidesOnEveryAccess() {
        String id = createEmptySession();
        CLOCK.advance(Duration.ofDays(29));
        assertThat(server.get("/resume/versions", "X-Session-ID", id).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(29));
        assertThat(server.get("/resume/versions", "X-Session-ID", id).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(31));
        assertThat(server.get("/resume/versions", "X-Session-ID", id).statusCode()).isEqualTo(404);
    }

    /**
     * Every route that reads or changes a session slides its expiry: the session is called once 20 days in, and is
     * still alive 49 days in, past the 30 days it had when it was created.
     */
    @Test
    void everySessionRouteSlidesExpiry() {
        String nurse = "{\"prompt\":\"I'm a registered nurse with ICU and ACLS experience looking for a new role\"}";
        Map<String, Function<String, HttpResponse<String>>> routes = new LinkedHashMap<>();
        routes.put("POST /wimd", id -> server.post("/wimd", nurse, "X-Session-ID", id));
        routes.put("POST /wimd (body id)", id -> server.post("/wimd",
                "{\"prompt\":\"more about ICU roles\",\"session_id\":\"" + id + "\"}"));
        routes.put("POST /wimd/upload", id -> server.upload("cv.txt",
                "Registered nurse, ICU, ACLS".getBytes(StandardCharsets.UTF_8), "X-Session-ID", id));
        for (String path : List.of("/wimd/metrics", "/wimd/analysis", "/ob/opportunities", "/ob/matches",
                "/ob/status", "/resume/versions", "/session/summary")) {
            routes.put("GET " + path, id -> server.get(path, "X-Session-ID", id));
        }
        routes.put("POST /ob/apply", id -> server.post("/ob/apply", "{\"job_id\":\"" + json(server.get(
                "/ob/opportunities", "X-Session-ID", id)).at("/opportunities/0/job_id").asText() + "\"}",
                "X-Session-ID", id));
        routes.put("POST /resume/rewrite", id -> server.post("/resume/rewrite",
                "{\"source_resume\":\"Registered nurse, ICU, 6 years\"}", "X-Session-ID", id));
        routes.put("POST /resume/customize", id -> server.post("/resume/customize", "{\"job_id\":\"" + json(
                server.get("/ob/opportunities", "X-Session-ID", id)).at("/opportunities/0/job_id").asText()
                + "\",\"resume\":\"Registered nurse, ICU, 6 years\"}", "X-Session-ID", id));
        routes.put("POST /resume/feedback", id -> server.post("/resume/feedback",
                "{\"resume\":\"Registered nurse, ICU, 6 years\"}", "X-Session-ID", id));

        routes.forEach((route, call) -> {
            String id = json(server.post("/wimd", nurse)).get("session_id").asText();
            CLOCK.advance(Duration.ofDays(20));
            HttpResponse<String> response = call.apply(id);
            assertThat(response.statusCode()).as(route + ": " + response.body()).isEqualTo(200);
            assertThat(json(response).get("session_id").asText()).as(route).isEqualTo(id);
            CLOCK.advance(Duration.ofDays(29));
            assertThat(server.get("/wimd/metrics", "X-Session-ID", id).statusCode())
                    .as(route + " did not slide the expiry").isEqualTo(200);
        });
    }

    private static String createEmptySession() {
        return server.server().mosaic().sessions().create().id().value();
    }
}
