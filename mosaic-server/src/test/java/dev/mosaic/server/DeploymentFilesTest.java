package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        assertThat(docker).as("the server runs as an unprivileged user (issue 16, W11)")
                .contains("useradd --system --uid 10001", "chmod 700 /var/data")
                .containsPattern("(?m)^ENTRYPOINT \\[\"/app/entrypoint.sh\"]$");
    }

    /**
     * The image's entrypoint, run as root, hands the data folder (files written by a root-run 0.1 included) to the
     * unprivileged user and runs the command as that user, never as root. Runs where the tests run as root (CI).
     */
    @Test
    void theEntrypointHandsTheDataFolderOverAndDropsRoot(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Process whoami = new ProcessBuilder("id", "-u").start();
        boolean root = new String(whoami.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip()
                .equals("0");
        org.junit.jupiter.api.Assumptions.assumeTrue(root || "true".equals(System.getenv("CI")),
                "needs root to change owners; CI runs as root");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("mosaic.db"), "written by root");
        dir.toFile().setExecutable(true, false); // nobody must reach the folder inside
        ProcessBuilder entrypoint = new ProcessBuilder("sh", ROOT.resolve("deploy/entrypoint.sh").toString(), "sh",
                "-c", "id -u; echo more >> \"$DATA_ROOT/mosaic.db\" && echo wrote").redirectErrorStream(true);
        entrypoint.environment().put("DATA_ROOT", data.toString());
        entrypoint.environment().put("MOSAIC_RUN_AS", "nobody");
        Process run = entrypoint.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(out).isZero();
        assertThat(out.lines().toList()).containsExactly("65534", "wrote");
        assertThat(Files.getOwner(data).getName()).isEqualTo("nobody");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
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
