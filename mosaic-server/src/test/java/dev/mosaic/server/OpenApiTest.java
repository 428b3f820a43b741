package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RELIABILITY D4: the served openapi.yaml lists exactly the routes the server registers. */
class OpenApiTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):$");

    @Test
    void theDocumentMatchesTheRouteTable() {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> response = server.get("/openapi.yaml");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
            Set<String> documented = new LinkedHashSet<>();
            String path = null;
            for (String line : response.body().lines().toList()) {
                Matcher p = PATH.matcher(line);
                Matcher m = METHOD.matcher(line);
                if (p.matches()) {
                    path = p.group(1);
                } else if (m.matches() && path != null) {
                    documented.add(m.group(1).toUpperCase(Locale.ROOT) + " " + path);
                }
            }
            Set<String> registered = new LinkedHashSet<>();
            server.server().routes().table().forEach(r -> registered.add(r.method() + " " + r.path()));
            // Helidon's metrics feature serves /metrics beside the route table.
            assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
            registered.add("GET /metrics");
            assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
            for (String key : ApiRoutes.INDEX.values()) {
                assertThat(registered).as("index entry %s is served", key).contains(key);
            }
        }
    }
}
