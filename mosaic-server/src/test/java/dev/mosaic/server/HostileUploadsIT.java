package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, W1: 60 uploads of 8 MB at once to the packaged server at {@code -Xmx256m} (as shipped) made 15 fail
 * with {@code OutOfMemoryError}. Request bodies now have a memory budget: the ones that do not fit wait, then get a
 * 503, and the process never runs out of heap.
 */
class HostileUploadsIT {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void sixtyUploadsOfEightMegabytesAtOnceDoNotExhaustA256MegabyteHeap(@TempDir Path workDir) throws Exception {
        Path jar = Path.of(System.getProperty("mosaic.server.jar", "target/mosaic-server.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PORT", "0", "HOST", "127.0.0.1",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000", "MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS", "1000",
                "MOSAIC_MAX_CONNECTIONS_PER_ADDRESS", "1000", "MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR", "1000",
                "MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE", String.valueOf(1L << 40),
                // Sixty clients behind a proxy (one address would be held to its share of the body budget).
                "MOSAIC_TRUSTED_PROXIES", "127.0.0.1"));
        Process process = builder.start();
        try {
            int port = awaitPort(log, process);
            byte[] body = multipart(8 * 1024 * 1024 - 4096);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                uploads.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/wimd/upload")).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .header("X-Forwarded-For", "203.0.113." + (i + 1))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<HttpResponse<String>> upload : uploads) {
                statuses.merge(upload.get(180, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
            }
            System.out.println("W1 60 uploads of 8 MB at -Xmx256m: " + statuses);
            assertThat(statuses.keySet()).as("answers").isSubsetOf(200, 413, 422, 503);
            assertThat(statuses.getOrDefault(422, 0) + statuses.getOrDefault(200, 0)).as("uploads read")
                    .isPositive();
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    /** A multipart body with one text file of {@code size} bytes (longer than a resume: read, then refused). */
    private static byte[] multipart(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 256);
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] text = new byte[size];
        Arrays.fill(text, (byte) 'a');
        for (int i = 79; i < size; i += 80) {
            text[i] = '\n';
        }
        body.writeBytes(text);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static int awaitPort(Path log, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(log)) {
                Matcher matcher = LISTENING.matcher(Files.readString(log));
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start: " + (Files.exists(log) ? Files.readString(log)
                : "no log"));
    }
}
