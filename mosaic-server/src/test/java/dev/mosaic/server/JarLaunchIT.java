package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started the way an operator starts it: serves /health with its build identity, stops on SIGTERM. */
class JarLaunchIT {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void theJarServesHealthWithBuildIdentityAndStopsOnSigterm(@TempDir Path workDir) throws Exception {
        Path jar = Path.of(System.getProperty("mosaic.server.jar", "target/mosaic-server.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        Process process = builder.start();
        try {
            CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> awaitPort(process));
            int bound = port.get(30, TimeUnit.SECONDS);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bound + "/health"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode health = new ObjectMapper().readTree(response.body());
            assertThat(health.get("ok").asBoolean()).isTrue();
            assertThat(health.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(health.get("commit").asText()).matches("[0-9a-f]{12}|unknown");
            assertThat(health.get("built_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(health.at("/prompts/count").asInt()).isGreaterThanOrEqualTo(600);
            assertThat(health.get("store").asText()).isEqualTo("sqlite");
            assertThat(health.get("schema_version").asInt()).isPositive();
        } finally {
            process.destroy(); // SIGTERM: graceful shutdown
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
        assertThat(workDir.resolve("data/mosaic.db")).as("the default SQLite database").exists();
    }

    private static int awaitPort(Process process) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    // keep draining until the process ends, so that it never blocks on a full pipe
                    Thread.ofVirtual().start(() -> lines.lines().forEach(ignored -> { }));
                    return Integer.parseInt(matcher.group(1));
                }
            }
            throw new IllegalStateException("the server ended without saying where it listens");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
