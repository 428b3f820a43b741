package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up failures seen from outside: a child JVM runs Main and must exit non-zero with one clear line. */
class MainProcessTest {

    @Test
    void anInvalidPortEndsStartUpWithOneLine() throws Exception {
        Result result = run(Map.of("PORT", "abc"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines()).containsExactly(
                "mosaic: cannot start: PORT: must be a whole number from 0 to 65535, was 'abc'");
    }

    @Test
    void aTakenPortEndsStartUpWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            Result result = run(Map.of("PORT", String.valueOf(taken.getLocalPort()), "HOST", "127.0.0.1"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("mosaic: cannot start: PORT: cannot listen on 127.0.0.1:" + taken.getLocalPort()));
        }
    }

    @Test
    void anInvalidPromptLibraryEndsStartUpWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(csv, "prompt,completion,tag\nhello there friend,short,Nope\n");
        Result result = run(Map.of("PORT", "0", "MOSAIC_PROMPTS_PATH", csv.toString()));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("mosaic: cannot start: MOSAIC_PROMPTS_PATH: the prompt library is invalid: ")
                .contains("bad.csv:2:3: error: unknown tag 'Nope'"));
    }

    @Test
    void aDatabaseThatCannotBeOpenedEndsStartUpWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path notADatabase = dir.resolve("mosaic.db");
        Files.writeString(notADatabase, "not a database ".repeat(200));
        Result result = run(Map.of("PORT", "0", "DATABASE_PATH", notADatabase.toString()));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("mosaic: cannot start: DATABASE_PATH: cannot open or migrate the SQLite database "));
    }

    @Test
    void anUnreachablePostgresEndsStartUpWithOneLine() throws Exception {
        Result result = run(Map.of("PORT", "0", "DATABASE_URL", "postgres://mosaic:secret-pw@127.0.0.1:9/mosaic"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines()).last().satisfies(line -> assertThat(line)
                .startsWith("mosaic: cannot start: DATABASE_URL: cannot connect to PostgreSQL at postgres://***@")
                .doesNotContain("secret-pw"));
    }

    @Test
    void anInvalidOpportunitiesFileEndsStartUpWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path jobs = dir.resolve("jobs.json");
        Files.writeString(jobs, "[{\"job_id\": \"x\", \"role\": \"Analyst\"}]");
        Result result = run(Map.of("PORT", "0", "MOSAIC_OPPORTUNITIES_PATH", jobs.toString()));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("mosaic: cannot start: MOSAIC_OPPORTUNITIES_PATH: cannot set up Mosaic: " + jobs
                        + ": posting 1 (x): \"company\" must be a non-empty string"));
    }

    record Result(int exitCode, List<String> stderrLines) {
    }

    private static Result run(Map<String, String> env) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName());
        builder.environment().keySet().removeIf(k -> k.startsWith("MOSAIC_") || ServerConfig.VARIABLES.contains(k));
        builder.environment().put("DATA_ROOT", Files.createTempDirectory("mosaic-main-").toString());
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] stderr = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not exit");
        }
        List<String> lines = new String(stderr, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return new Result(process.exitValue(), lines);
    }
}
