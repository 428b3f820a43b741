package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment descriptors stay true to the server: the Render health check is a real probe, the Procfile starts
 * the built jar, and the Netlify proxy rules cover every API route except the UI root (the earlier product lost days
 * to API paths that a proxy silently sent to the static host).
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void renderChecksAProbeThatExistsAndTheProcfileRunsTheJar() throws IOException {
        String render = Files.readString(ROOT.resolve("render.yaml"));
        Matcher health = Pattern.compile("healthCheckPath: (\\S+)").matcher(render);
        assertThat(health.find()).isTrue();
        try (TestServer server = new TestServer()) {
            assertThat(server.get(health.group(1)).statusCode()).isEqualTo(200);
        }
        assertThat(Files.readString(ROOT.resolve("Procfile"))).contains("-jar mosaic-server/target/mosaic-server.jar");
        String docker = Files.readString(ROOT.resolve("deploy/Dockerfile"));
        assertThat(docker).contains("mosaic-server.jar", "libs");
        assertThat(docker).as("the image runs as an unprivileged user (issue 16, W11)").containsPattern(
                "(?m)^USER mosaic$").contains("chmod 700 /var/data");
    }

    @Test
    void theNetlifyProxyCoversEveryApiRoute() throws IOException {
        String netlify = Files.readString(ROOT.resolve("deploy/netlify.toml"));
        List<Pattern> rules = new ArrayList<>();
        Matcher from = Pattern.compile("from = \"([^\"]+)\"").matcher(netlify);
        while (from.find()) {
            rules.add(Pattern.compile(Pattern.quote(from.group(1)).replace("*", "\\E.+\\Q")));
        }
        try (TestServer server = new TestServer()) {
            for (ApiRoutes.Route route : server.server().routes().table()) {
                if (route.path().equals("/")) {
                    continue; // the UI host serves its own root
                }
                assertThat(rules).as("a proxy rule for %s", route.path())
                        .anySatisfy(rule -> assertThat(rule.matcher(route.path()).matches()).isTrue());
            }
        }
    }
}
