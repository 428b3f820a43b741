package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code java -jar mosaic-server.jar verify BASE_URL [EXPECTED_COMMIT]}: walks every endpoint of a running
 * deployment with a throwaway session (erased at the end) and says, route by route, what answered: Mosaic, or
 * something else (an HTML 404 from a proxy or static host), and whether it is the expected build. Exit status 0 when
 * every route is Mosaic's and the build matches, 1 otherwise, 2 for bad arguments.
 */
final class DeploymentCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Optional<String> expectedCommit;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private int failures;
    private String session = "";

    private DeploymentCheck(String base, Optional<String> expectedCommit, PrintStream out) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.expectedCommit = expectedCommit;
        this.out = out;
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.size() > 2 || !args.get(0).matches("https?://.+")) {
            err.println("usage: java -jar mosaic-server.jar verify https://your-host [expected-commit]");
            return 2;
        }
        return new DeploymentCheck(args.get(0), args.size() > 1 ? Optional.of(args.get(1)) : Optional.empty(), out)
                .walk();
    }

    private int walk() {
        out.println("Checking " + base);
        Optional<JsonNode> version = check("GET", "/version", null);
        version.ifPresent(v -> {
            String commit = v.path("commit").asText("unknown");
            if (expectedCommit.isPresent() && !commit.startsWith(expectedCommit.get())
                    && !expectedCommit.get().startsWith(commit)) {
                failures++;
                out.println("  BUILD   Mosaic answered, but build " + commit + " (" + v.path("version").asText()
                        + "), not the expected " + expectedCommit.get());
            } else {
                out.println("  BUILD   " + v.path("version").asText() + " commit " + commit + ", built "
                        + v.path("built_at").asText());
            }
        });
        check("GET", "/health", null);
        check("GET", "/health/ready", null);
        check("GET", "/config", null);
        check("GET", "/prompts/active", null);
        check("GET", "/openapi.yaml", null);
        Optional<JsonNode> turn = check("POST", "/wimd", "{\"prompt\":\"I want to move into data analysis and "
                + "know SQL and Excel\"}");
        session = turn.map(t -> t.path("session_id").asText("")).orElse("");
        check("GET", "/wimd/metrics", null);
        check("GET", "/wimd/analysis", null);
        Optional<JsonNode> jobs = check("GET", "/ob/opportunities", null);
        check("GET", "/ob/matches", null);
        check("GET", "/ob/status", null);
        jobs.map(j -> j.at("/opportunities/0/job_id").asText("")).filter(id -> !id.isEmpty())
                .ifPresent(id -> check("POST", "/ob/apply", "{\"job_id\":\"" + id + "\",\"status\":\"saved\"}"));
        String resume = "{\"resume\":\"Sam Lee\\nsam@example.com\\nExperience\\n- Built SQL reports for 3 teams\"}";
        check("POST", "/resume/feedback", resume);
        check("POST", "/resume/rewrite", resume.replace("\"resume\"", "\"source_resume\""));
        check("GET", "/resume/versions", null);
        check("GET", "/session/summary", null);
        check("DELETE", "/session", null);
        out.println(failures == 0 ? "OK: every route answered as Mosaic" : "FAILED: " + failures + " problem(s)");
        return failures == 0 ? 0 : 1;
    }

    /** Calls one route and reports what answered. */
    private Optional<JsonNode> check(String method, String path, String body) {
        String label = String.format(Locale.ROOT, "%-6s %-18s", method, path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!session.isEmpty()) {
            request.header("X-Session-ID", session);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures++;
            out.println("  FAIL    " + label + " no answer: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures++;
            return Optional.empty();
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (path.equals("/openapi.yaml")) {
            return report(label, response, type.startsWith("application/yaml") && response.body().contains("openapi:"),
                    Optional.empty());
        }
        JsonNode json = null;
        try {
            json = type.contains("json") ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            json = null;
        }
        boolean mosaic = json != null && (response.statusCode() == 200 || json.has("detail"));
        return report(label, response, mosaic, Optional.ofNullable(json));
    }

    private Optional<JsonNode> report(String label, HttpResponse<String> response, boolean mosaic,
                                      Optional<JsonNode> json) {
        String type = response.headers().firstValue("Content-Type").orElse("none");
        if (!mosaic) {
            failures++;
            String what = type.contains("html") ? "this is not Mosaic: an HTML " + response.statusCode()
                    + " from a proxy or static host" : "this is not Mosaic: HTTP " + response.statusCode() + " " + type;
            out.println("  FAIL    " + label + " " + what);
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            failures++;
            out.println("  FAIL    " + label + " Mosaic answered " + response.statusCode() + " "
                    + json.map(j -> j.path("detail").asText()).orElse(""));
            return json;
        }
        out.println("  OK      " + label + " 200");
        return json;
    }
}
