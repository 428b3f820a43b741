package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that misbehave at the socket level (RELIABILITY.md B1 and B6), driven over raw sockets so that the client
 * itself allocates nothing per byte sent and the JVM-wide allocation counter measures the server.
 */
class HostileClientTest {
    private static final long MB = 1024 * 1024;
    private static final long HUNDRED_MB = 100 * MB;
    private static final long UPLOAD_LIMIT = 8 * MB; // the default MAX_UPLOAD_BYTES
    private static TestServer server;

    @BeforeAll
    static void start() {
        // Default limits (1 MiB JSON bodies, 8 MiB uploads), except that every client here is 127.0.0.1: the per-address
        // connection limit is HardeningTest's subject, not this class's.
        server = new TestServer(java.util.Map.of("MOSAIC_MAX_CONNECTIONS_PER_ADDRESS", "100000"),
                java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One oversized request: a declared length, or {@code -1} for a chunked body of 100 MB. */
    private record Attempt(String requestLine, String contentType, long declared, boolean answeredByMosaic) {
        boolean chunked() {
            return declared < 0;
        }

        String name() {
            return requestLine + (chunked() ? " chunked" : " declaring " + declared / MB + " MiB");
        }
    }

    /**
     * B1: oversized bodies, declared or chunked, are refused with 413, and what the server allocates on the way does
     * not grow with what was sent: a route reads at most one byte past its limit and never buffers the rest. A
     * declared length over the route's limit gets Mosaic's problem+json 413 before the route reads any of it (Helidon
     * may then read and discard up to its backstop to keep the connection); one over the listener's backstop (the
     * largest limit plus 1 MiB) gets Helidon's bare 413.
     * Allocation is counted over every thread of this JVM, an upper bound on the heap growth the row measures: under
     * the row's 20 MB, except that an upload may legitimately hold its whole 8 MiB limit, and Helidon's chunk decoding
     * copies what it reads once more, so a chunked upload attempt is bounded by three times the limit plus 4 MiB.
     */
    @Test
    void oversizedBodiesAreRefusedWhileTheServerAllocatesUnderTwentyMegabytes() throws Exception {
        String json = "Content-Type: application/json\r\n";
        String multipart = "Content-Type: multipart/form-data; boundary=b\r\n";
        List<String> report = new ArrayList<>();
        for (Attempt attempt : List.of(
                new Attempt("POST /wimd", json, HUNDRED_MB, false),
                new Attempt("POST /wimd", json, 5 * MB, true),
                new Attempt("POST /wimd", json, -1, true),
                new Attempt("POST /wimd/upload", multipart, HUNDRED_MB, false),
                new Attempt("POST /wimd/upload", multipart, UPLOAD_LIMIT + MB / 2, true),
                new Attempt("POST /wimd/upload", multipart, -1, true))) {
            String head = attempt.requestLine() + " HTTP/1.1\r\nHost: localhost\r\n" + attempt.contentType()
                    + (attempt.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + attempt.declared()
                    + "\r\n") + "\r\n";
            long before = allocatedBytes();
            Sent sent = sendHugeBody(head, attempt.chunked() ? HUNDRED_MB : attempt.declared(), attempt.chunked());
            long allocated = allocatedBytes() - before;
            String name = attempt.name();
            report.add(name + ": " + sent.head.lines().findFirst().orElse("") + ", " + sent.bytes / MB + " MiB sent, "
                    + allocated / MB + " MiB allocated");
            assertThat(sent.head).as(name).startsWith("HTTP/1.1 413");
            if (attempt.answeredByMosaic()) {
                assertThat(sent.head).as(name).contains("application/problem+json", "X-Content-Type-Options: nosniff");
            }
            long bound = attempt.requestLine().endsWith("upload") && attempt.chunked() ? 3 * UPLOAD_LIMIT + 4 * MB
                    : 20 * MB;
            assertThat(allocated).as(name + ": bytes allocated in this JVM").isLessThan(bound);
        }
        System.out.println("B1 " + String.join("; ", report));
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    /**
     * B6: 300 connections that trickle a request one header line at a time, and 300 that connect and say nothing,
     * do not stop the server from answering others.
     */
    @Test
    void slowAndIdleConnectionsDoNotStarveOtherClients() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 600; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", server.server().port()), 5_000);
                sockets.add(socket);
                if (i % 2 == 0) {
                    socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < sockets.size(); i += 2) {
                    sockets.get(i).getOutputStream().write(("X-Slow-" + round + ": 1\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                long started = System.nanoTime();
                assertThat(server.get("/health").statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("health under the attack")
                        .isLessThan(Duration.ofSeconds(2));
                Thread.sleep(200);
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    private record Sent(String head, long bytes) {
    }

    /**
     * Writes the head, then up to {@code total} bytes of body from one reused buffer on another thread, and returns
     * the status line and headers the server answered with and how much was written before it did (or before it
     * closed the connection).
     */
    private static Sent sendHugeBody(String head, long total, boolean chunked) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.server().port()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'x');
            byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
            long[] written = {0};
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    while (written[0] < total) {
                        if (chunked) {
                            out.write(chunkHead);
                        }
                        out.write(block);
                        if (chunked) {
                            out.write(crlf);
                        }
                        written[0] += block.length;
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server answered and closed while we were still sending: that is the refusal under test
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            StringBuilder responseHead = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                responseHead.append(line).append('\n');
            }
            socket.close(); // stops the writer if the server answered but left the connection open
            writer.join(30_000);
            return new Sent(responseHead.toString(), written[0]);
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
