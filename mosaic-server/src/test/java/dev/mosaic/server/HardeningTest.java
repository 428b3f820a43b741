package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's findings, each reproduced against the real server over real sockets: one hostile client must not stop
 * the service, fill the disk or read ids from the logs. Each test failed on commit 73c10bb's behaviour.
 */
class HardeningTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * B1: text shaped to make backtracking patterns slow (24 s of CPU for 40 KB of "a" in resume feedback, minutes for
     * an upload of newlines) is answered in well under a second on every text route.
     */
    @Test
    void hostileTextIsAnsweredQuicklyOnEveryTextRoute() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("a", "a".repeat(100_000));
        shapes.put("is", "is ".repeat(33_000));
        shapes.put("newlines", "\n".repeat(99_999) + "x");
        shapes.put("blanks", " \t".repeat(49_999) + "x");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            String text = shape.getValue();
            String session = server.server().mosaic().sessions().create().id().value();
            for (String path : new String[] {"/resume/feedback", "/resume/rewrite"}) {
                String body = TestServer.JSON.createObjectNode().put(path.endsWith("feedback") ? "resume"
                        : "source_resume", text).toString();
                long started = System.nanoTime();
                HttpResponse<String> answer = server.post(path, body, "X-Session-ID", session);
                assertThat(answer.statusCode()).as(path + " on " + shape.getKey()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path + " on " + shape.getKey())
                        .isLessThan(Duration.ofSeconds(1));
            }
            long started = System.nanoTime();
            HttpResponse<String> upload = server.upload("resume.txt", text.getBytes(StandardCharsets.UTF_8),
                    "X-Session-ID", session);
            assertThat(upload.statusCode()).as("upload of " + shape.getKey()).isEqualTo(200);
            HttpResponse<String> megabyte = server.upload("resume.txt", (text + text + text + text + text + text
                    + text + text + text + text).getBytes(StandardCharsets.UTF_8), "X-Session-ID", session);
            assertThat(megabyte.statusCode()).as("1 MB upload of " + shape.getKey()).isEqualTo(422);
            assertThat(megabyte.body()).contains("document_too_long");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("uploads of " + shape.getKey())
                    .isLessThan(Duration.ofSeconds(2));
        }
    }

    /**
     * B6: the rate limiter keyed on the raw {@code X-Session-ID} header, so 12,000 requests with random 15 KB headers
     * filled a 256 MB heap. Made-up ids now cost no bucket at all, and a session's bucket is the session's.
     */
    @Test
    void madeUpSessionHeadersCostTheRateLimiterNothing() {
        java.util.Random random = new java.util.Random(16);
        int before = server.server().defences().perSession().tracked();
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[15_000];
            random.nextBytes(junk);
            String header = java.util.HexFormat.of().formatHex(junk).substring(0, 15_000);
            int status = server.get("/resume/versions", "X-Session-ID", header).statusCode();
            assertThat(status).isIn(404, 431);
        }
        assertThat(server.server().defences().perSession().tracked()).as("buckets for made-up ids")
                .isEqualTo(before);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    /**
     * W10: the per-session limit keyed on the header while the body's {@code session_id} decides the session, so a
     * client could spread one session's requests over made-up header ids. It now keys on the resolved session.
     */
    @Test
    void theSessionLimitKeysOnTheSessionTheRequestResolvesTo() {
        try (TestServer limited = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_SESSION", "5",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC())) {
            String id = limited.server().mosaic().sessions().create().id().value();
            int accepted = 0;
            for (int i = 0; i < 12; i++) {
                String decoy = limited.server().mosaic().sessions().create().id().value();
                HttpResponse<String> answer = limited.post("/wimd", "{\"prompt\":\"how do I ask for a raise\","
                        + "\"session_id\":\"" + id + "\"}", "X-Session-ID", decoy);
                accepted += answer.statusCode() == 200 ? 1 : 0;
            }
            assertThat(accepted).as("requests for one session, whatever the header says").isBetween(5, 6);
        }
    }

    /**
     * B3: 64 connections that send a request head and then a byte every few seconds of their body took every
     * concurrency permit, so every API call answered 503. A request now takes a permit only once its body is here,
     * and a body slower than the minimum rate is cut with 408.
     */
    @Test
    void slowBodiesHoldNoConcurrencyPermits() throws Exception {
        try (TestServer guarded = new TestServer(Map.of("MOSAIC_MAX_CONCURRENT_REQUESTS", "8",
                "MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS", "1000", "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000",
                "MOSAIC_MAX_CONNECTIONS_PER_ADDRESS", "1000", "MOSAIC_HEADER_TIMEOUT_SECONDS", "60",
                "MOSAIC_MIN_BODY_BYTES_PER_SECOND", "100"), java.time.Clock.systemUTC())) {
            java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 64; i++) {
                    java.net.Socket socket = new java.net.Socket("127.0.0.1", guarded.server().port());
                    socket.getOutputStream().write(("POST /wimd HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + "application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
                Thread.sleep(300);
                for (int i = 0; i < 20; i++) {
                    HttpResponse<String> answer = guarded.post("/wimd", "{\"prompt\":\"how do I ask for a raise\"}");
                    assertThat(answer.statusCode()).as("a normal request beside 64 slow bodies").isEqualTo(200);
                }
                java.net.Socket first = slow.get(0);
                first.setSoTimeout(20_000);
                for (int second = 0; second < 12; second++) {
                    first.getOutputStream().write(' ');
                    Thread.sleep(1_000);
                    if (first.getInputStream().available() > 0) {
                        break;
                    }
                }
                String head = new String(first.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(head).as("a body at 1 byte a second, past the 10 s grace").isEqualTo("HTTP/1.1 408");
            } finally {
                for (java.net.Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    /**
     * W7: a malformed chunked body was answered 500 with a 60-line SEVERE trace. It is the client's fault: 400
     * {@code invalid_body}, and nothing above DEBUG in the log; a body the client abandons halfway is the same.
     */
    @Test
    void aMalformedOrAbandonedBodyIsABadRequestNotAServerFailure() throws Exception {
        try (LogCapture log = new LogCapture()) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /wimd HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(answer).isEqualTo("HTTP/1.1 400");
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
                socket.getOutputStream().write(("POST /wimd HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 1000\r\n\r\n{\"prompt\":").getBytes(
                        StandardCharsets.US_ASCII));
                Thread.sleep(200);
            }
            Thread.sleep(300);
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(log.problems()).as("warnings and errors logged").isEmpty();
        }
    }

    /**
     * B7: when a database write failed, the SEVERE trace carried Jdbi's bound arguments: the full session id and the
     * resume's text. The failure is still logged (an operator needs it), without either.
     */
    @Test
    void aFailedWriteIsLoggedWithoutTheSessionIdOrTheDocumentText() throws Exception {
        try (TestServer failing = new TestServer(Map.of(), java.time.Clock.systemUTC());
             java.sql.Connection sqlite = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                     + failing.dataRoot().resolve("mosaic.db"))) {
            sqlite.createStatement().execute("CREATE TRIGGER refuse_uploads BEFORE INSERT ON uploads BEGIN "
                    + "SELECT RAISE(ABORT, 'simulated write failure'); END");
            String id = failing.server().mosaic().sessions().create().id().value();
            String resume = "Jane Doe\njane.doe@example.com\nRegistered nurse, ICU, 2016-2024";
            try (LogCapture log = new LogCapture()) {
                HttpResponse<String> answer = failing.upload("resume.txt", resume.getBytes(StandardCharsets.UTF_8),
                        "X-Session-ID", id);
                assertThat(answer.statusCode()).isEqualTo(500);
                assertThat(log.problems()).as("the failure is logged").anyMatch(r -> r.contains("uploads"));
                assertThat(String.join("\n", log.records())).as("the log")
                        .doesNotContain(id, "Jane Doe", "jane.doe@example.com", "Registered nurse");
            }
        }
    }

    /**
     * W6: a percent-encoded line break in a path was written raw to the access log, so a client could forge log
     * lines. Control characters are escaped; and the server's log formatter replaces anything shaped like a session
     * id with its tag, stack traces included (B7's second line of defence).
     */
    @Test
    void clientTextCannotForgeLogLinesAndTheFormatterHidesSessionIds() throws Exception {
        try (LogCapture log = new LogCapture()) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
                socket.getOutputStream().write(("GET /x%0d%0a2026-01-01T00:00:00Z%20INFO%20forged%00 HTTP/1.1\r\n"
                        + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                readUntil(socket, "\r\n\r\n");
            }
            Thread.sleep(200);
            assertThat(log.records()).filteredOn(r -> r.contains("forged")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).doesNotContain("\n2026-01-01").doesNotContain("\r")
                            .doesNotContain("\u0000").contains("\\u000d\\u000a"));
        }
        String id = "0123456789abcdef0123456789abcdef";
        java.util.logging.LogRecord record = new java.util.logging.LogRecord(java.util.logging.Level.SEVERE,
                "failed for " + id);
        record.setThrown(new IllegalStateException("statement for session " + id));
        record.setLoggerName("dev.mosaic.server.Responses");
        record.setInstant(java.time.Instant.parse("2026-11-30T12:50:44.034567Z"));
        String line = new RedactingLogFormatter().format(record);
        String tag = "id:" + dev.mosaic.core.session.SessionId.parse(id).orElseThrow().logTag();
        assertThat(line).doesNotContain(id).startsWith("2026-11-30T12:50:44.034Z SEVERE dev.mosaic.server.Responses: "
                + "failed for " + tag + System.lineSeparator() + "java.lang.IllegalStateException: statement for "
                + "session " + tag + System.lineSeparator() + "\tat ").endsWith(")" + System.lineSeparator());
        try (java.io.InputStream properties = MosaicServer.class.getResourceAsStream("/logging.properties")) {
            assertThat(new String(properties.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("java.util.logging.ConsoleHandler.formatter=" + RedactingLogFormatter.class.getName());
        }
    }

    /**
     * B4: 2,100 silent TCP connections from one client took every connection slot (Helidon's 2,048), so every request
     * timed out, {@code /health} included, and a silent socket was still held after 250 s. One address now holds at
     * most 64 connections, and a connection that sends no whole request head within the head timeout is closed.
     */
    @Test
    void oneClientsSilentConnectionsCannotTakeTheServer() throws Exception {
        try (TestServer guarded = new TestServer(Map.of("MOSAIC_HEADER_TIMEOUT_SECONDS", "2"),
                java.time.Clock.systemUTC())) {
            java.util.List<java.net.Socket> silent = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 2_100; i++) {
                    silent.add(connectFrom("127.0.0.2", guarded));
                }
                Thread.sleep(300);
                assertThat(guarded.server().defences().connections().open("127.0.0.2"))
                        .as("connections the server keeps for that client").isEqualTo(64);
                long started = System.nanoTime();
                assertThat(guarded.get("/health").statusCode()).isEqualTo(200);
                assertThat(guarded.post("/wimd", "{\"prompt\":\"how do I ask for a raise\"}").statusCode())
                        .isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
                long closing = System.nanoTime();
                while (guarded.server().defences().connections().open("127.0.0.2") > 0
                        && System.nanoTime() - closing < Duration.ofSeconds(5).toNanos()) {
                    Thread.sleep(100);
                }
                assertThat(guarded.server().defences().connections().open("127.0.0.2"))
                        .as("silent sockets after the timeout").isZero();
                assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(4));
            } finally {
                for (java.net.Socket socket : silent) {
                    socket.close();
                }
            }
        }
    }

    /**
     * B4 and deliverable 3: headers sent a line at a time (slowloris) and a body that stops halfway are closed once
     * they miss the head timeout; nothing in Helidon closed either before.
     */
    @Test
    void slowHeadersAndStalledBodiesAreClosedAtTheHeadTimeout() throws Exception {
        try (TestServer guarded = new TestServer(Map.of("MOSAIC_HEADER_TIMEOUT_SECONDS", "2"),
                java.time.Clock.systemUTC())) {
            try (java.net.Socket slowloris = connectFrom("127.0.0.3", guarded);
                 java.net.Socket stalled = connectFrom("127.0.0.3", guarded)) {
                stalled.getOutputStream().write(("POST /wimd HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 1000\r\n\r\n{\"prompt\":").getBytes(
                        StandardCharsets.US_ASCII));
                slowloris.getOutputStream().write("GET /health HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                long started = System.nanoTime();
                boolean slowlorisClosed = false;
                for (int i = 0; i < 20 && !slowlorisClosed; i++) {
                    try {
                        slowloris.getOutputStream().write(("X-Slow-" + i + ": 1\r\n").getBytes(
                                StandardCharsets.US_ASCII));
                        Thread.sleep(400);
                    } catch (java.io.IOException closedByTheServer) {
                        slowlorisClosed = true;
                    }
                }
                assertThat(slowlorisClosed).as("headers a line every 0.4 s").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                stalled.setSoTimeout(5_000);
                assertThat(stalled.getInputStream().read()).as("a body that stopped: closed").isEqualTo(-1);
            }
        }
    }

    /** A socket to the server from another loopback address, which the server sees as another client. */
    private static java.net.Socket connectFrom(String address, TestServer target) throws java.io.IOException {
        java.net.Socket socket = new java.net.Socket();
        socket.bind(new java.net.InetSocketAddress(address, 0));
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", target.server().port()), 5_000);
        return socket;
    }

    /**
     * B5: one session stored 25 uploads of 8 MB (200 MB) in 3 s. Uploads, uploaded bytes and everything a session
     * keeps now have quotas, refused with 413 {@code quota_exceeded}; an address may start so many sessions an hour.
     */
    @Test
    void quotasBoundWhatOneSessionAndOneAddressMayStore() throws Exception {
        try (TestServer limited = new TestServer(Map.of("MOSAIC_MAX_UPLOADS_PER_SESSION", "3",
                "MOSAIC_MAX_STORED_BYTES_PER_SESSION", "250000", "MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR", "4",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC())) {
            String id = limited.server().mosaic().sessions().create().id().value();
            for (int i = 0; i < 3; i++) {
                assertThat(limited.upload("cv" + i + ".txt", ("Nurse " + i).getBytes(StandardCharsets.UTF_8),
                        "X-Session-ID", id).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> fourth = limited.upload("cv3.txt", "Nurse 3".getBytes(StandardCharsets.UTF_8),
                    "X-Session-ID", id);
            assertThat(fourth.statusCode()).isEqualTo(413);
            assertThat(TestServer.json(fourth).get("detail").asText()).isEqualTo("quota_exceeded");
            assertThat(statusFrom("127.0.0.1", limited, "POST /wimd/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Session-ID: " + id + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: 8000000\r\n\r\n")).as("refused before any of its 8 MB body is sent")
                    .isEqualTo(413);

            String writer = limited.server().mosaic().sessions().create().id().value();
            String resume = TestServer.JSON.createObjectNode().put("resume", "word ".repeat(20_000)).toString();
            int accepted = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = limited.post("/resume/feedback", resume, "X-Session-ID", writer);
                accepted += last.statusCode() == 200 ? 1 : 0;
            }
            assertThat(accepted).as("100 KB feedback calls under a 250 KB quota").isEqualTo(2);
            assertThat(TestServer.json(last).get("detail").asText()).isEqualTo("quota_exceeded");

            String talker = limited.server().mosaic().sessions().create().id().value();
            String turn = TestServer.JSON.createObjectNode().put("prompt", "How do I ask for a raise? ".repeat(150))
                    .toString();
            int turns = 0;
            do {
                last = limited.post("/wimd", turn, "X-Session-ID", talker);
                turns += last.statusCode() == 200 ? 1 : 0;
            } while (last.statusCode() == 200 && turns < 100);
            assertThat(TestServer.json(last).get("detail").asText()).as("after %d turns", turns)
                    .isEqualTo("quota_exceeded");
            long kept = limited.server().mosaic().store().footprint(dev.mosaic.core.session.SessionId.parse(talker)
                    .orElseThrow()).storedBytes();
            assertThat(kept).as("3,900-character turns under a 250 KB quota").isBetween(250_000L - 2 * 7_900, 250_000L);
            assertThat(limited.post("/wimd", turn, "X-Session-ID", talker).statusCode()).as("and still refused")
                    .isEqualTo(413);

            int started = 0;
            for (int i = 0; i < 6; i++) {
                started += limited.post("/wimd", "{\"prompt\":\"hello\"}").statusCode() == 200 ? 1 : 0;
            }
            assertThat(started).as("new sessions from one address in an hour").isEqualTo(4);
            assertThat(statusFrom("127.0.0.4", limited, "POST /wimd HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 18\r\nConnection: close\r\n\r\n"
                    + "{\"prompt\":\"hello\"}")).as("another address").isEqualTo(200);
        }
    }

    /**
     * Review of B5's fix: sixteen uploads at once from one session all passed a quota check made before any was
     * stored. A session uploads one document at a time.
     */
    @Test
    void concurrentUploadsFromOneSessionStayWithinItsQuota() throws Exception {
        try (TestServer limited = new TestServer(Map.of("MOSAIC_MAX_UPLOADS_PER_SESSION", "3",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000", "MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS", "100"),
                java.time.Clock.systemUTC());
             java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors
                     .newVirtualThreadPerTaskExecutor()) {
            String id = limited.server().mosaic().sessions().create().id().value();
            java.util.List<java.util.concurrent.Future<Integer>> uploads = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                byte[] resume = ("Registered nurse " + i + "\n").repeat(2_000).getBytes(StandardCharsets.UTF_8);
                uploads.add(clients.submit(() -> limited.upload("cv.txt", resume, "X-Session-ID", id).statusCode()));
            }
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<Integer> upload : uploads) {
                statuses.merge(upload.get(), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).as("stored, over the quota, or another upload under way")
                    .isSubsetOf(200, 413, 429);
            assertThat(statuses.getOrDefault(200, 0)).isBetween(1, 3);
            for (int i = 0; i < 5; i++) {
                limited.upload("cv.txt", "Registered nurse".getBytes(StandardCharsets.UTF_8), "X-Session-ID", id);
            }
            assertThat(limited.server().mosaic().store().footprint(dev.mosaic.core.session.SessionId.parse(id)
                    .orElseThrow()).uploads()).isEqualTo(3);
        }
    }

    /**
     * Soak: a flood of 8 MB uploads from one address was read body after body before each was refused. Body bytes
     * have a budget per address and minute; past it the request is refused from its headers, its body never read.
     */
    @Test
    void oneAddressSendsAtMostItsBodyBytesAMinuteAndTheRestIsRefusedFromItsHeaders() throws Exception {
        try (TestServer limited = new TestServer(Map.of("MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE", "1048576",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC())) {
            byte[] fiveMegabytes = "a\n".repeat(5 << 19).getBytes(StandardCharsets.UTF_8);
            assertThat(limited.upload("cv.txt", fiveMegabytes).statusCode()).as("the first is read")
                    .isEqualTo(422);
            assertThat(statusFrom("127.0.0.1", limited, "POST /wimd/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 5242880\r\n\r\n"))
                    .as("the second is refused without its body").isEqualTo(429);
            assertThat(statusFrom("127.0.0.1", limited, "POST /wimd/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"))
                    .as("a chunked body is charged at its route's limit").isEqualTo(429);
            assertThat(limited.post("/wimd", "{\"prompt\":\"hello\"}").statusCode())
                    .as("small requests still fit").isEqualTo(200);
            assertThat(statusFrom("127.0.0.5", limited, "POST /wimd HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 18\r\nConnection: close\r\n\r\n"
                    + "{\"prompt\":\"hello\"}")).as("another address").isEqualTo(200);
        }
    }

    /**
     * Review of B3's fix: a body's memory is reserved in full while it trickles in at the minimum rate, so one client's
     * slow bodies could hold the whole body budget and every other client's POST waited, then got 503. One address
     * may hold a quarter of the budget (or one largest body).
     */
    @Test
    void oneAddressesSlowBodiesHoldOnlyItsShareOfTheBodyBudget() throws Exception {
        try (TestServer small = new TestServer(Map.of("MAX_UPLOAD_BYTES", "1048576", "MOSAIC_MAX_BODY_BYTES",
                "65536", "MOSAIC_MAX_BODY_BYTES_IN_FLIGHT", "4194304", "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"),
                java.time.Clock.systemUTC());
             java.net.Socket slow = connectFrom("127.0.0.7", small)) {
            slow.getOutputStream().write(("POST /wimd/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n--b\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(300);
            assertThat(statusFrom("127.0.0.7", small, "POST /wimd/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n"))
                    .as("a second slow upload from the same address").isEqualTo(429);
            for (int i = 0; i < 3; i++) {
                assertThat(statusFrom("127.0.0." + (20 + i), small, "POST /wimd/upload HTTP/1.1\r\nHost: "
                        + "localhost\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 6\r\n"
                        + "Connection: close\r\n\r\n--b--\r\n")).as("other addresses' bodies are read")
                        .isEqualTo(400);
            }
        }
    }

    /**
     * B5: with the disk full, uploads and new sessions got 500, {@code DELETE /session} got 500 and
     * {@code /health/ready} still said ready. Below the free-space floor writes get 507, reads and erasure work,
     * and readiness says the store cannot write.
     */
    @Test
    void belowTheDiskFloorWritesAreRefusedWhileReadsAndErasureWork() {
        try (TestServer full = new TestServer(Map.of("MOSAIC_MIN_FREE_DISK_BYTES", String.valueOf(1L << 50)),
                java.time.Clock.systemUTC())) {
            String id = full.server().mosaic().sessions().create().id().value();
            HttpResponse<String> chat = full.post("/wimd", "{\"prompt\":\"hello\"}", "X-Session-ID", id);
            assertThat(chat.statusCode()).isEqualTo(507);
            assertThat(TestServer.json(chat).get("detail").asText()).isEqualTo("insufficient_storage");
            assertThat(full.upload("cv.txt", "Nurse".getBytes(StandardCharsets.UTF_8), "X-Session-ID", id)
                    .statusCode()).isEqualTo(507);
            assertThat(full.get("/resume/versions", "X-Session-ID", id).statusCode()).isEqualTo(200);
            HttpResponse<String> ready = full.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(ready).at("/store/writable").asBoolean()).isFalse();
            assertThat(full.delete("/session", "X-Session-ID", id).statusCode()).isEqualTo(200);
            assertThat(full.server().mosaic().store().findSession(dev.mosaic.core.session.SessionId.parse(id)
                    .orElseThrow())).isEmpty();
        }
    }

    /**
     * B5, proven on a store that is really full: a SQLite database capped at 1 MB ({@code MOSAIC_SQLITE_MAX_BYTES})
     * takes uploads until it is full, answers 507 (not 500), still erases, and takes writes again after.
     */
    @Test
    void aFullStoreAnswers507AndCanStillBeErased() {
        try (TestServer small = new TestServer(Map.of("MOSAIC_SQLITE_MAX_BYTES", String.valueOf(1 << 20),
                "MOSAIC_MIN_FREE_DISK_BYTES", "0", "MOSAIC_MAX_UPLOADS_PER_SESSION", "100",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "100000"), java.time.Clock.systemUTC())) {
            String id = small.server().mosaic().sessions().create().id().value();
            java.util.Random random = new java.util.Random(5);
            int status = 200;
            int stored = 0;
            for (int i = 0; i < 40 && status == 200; i++) {
                StringBuilder text = new StringBuilder();
                while (text.length() < 90_000) {
                    text.append(Long.toString(random.nextLong(), 36)).append(' ');
                }
                status = small.upload("cv" + i + ".txt", text.toString().getBytes(StandardCharsets.UTF_8),
                        "X-Session-ID", id).statusCode();
                stored += status == 200 ? 1 : 0;
            }
            assertThat(status).as("the upload that found the store full").isEqualTo(507);
            assertThat(stored).isBetween(2, 8);
            assertThat(TestServer.json(small.get("/health/ready")).at("/store/writable").asBoolean()).isFalse();
            assertThat(small.delete("/session", "X-Session-ID", id).statusCode()).as("erasure on a full store")
                    .isEqualTo(200);
            String next = small.server().mosaic().sessions().create().id().value();
            assertThat(small.upload("cv.txt", "Registered nurse".getBytes(StandardCharsets.UTF_8), "X-Session-ID",
                    next).statusCode()).as("writes again once there is room").isEqualTo(200);
            assertThat(small.get("/health/ready").statusCode()).isEqualTo(200);
        }
    }

    /** @return what the socket sent until {@code marker} appeared in it (Helidon may keep the socket open) */
    private static String readUntil(java.net.Socket socket, String marker) throws java.io.IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[8192];
        int read;
        while (received.indexOf(marker) < 0 && (read = socket.getInputStream().read(buffer)) > 0) {
            received.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        }
        return received.toString();
    }

    /**
     * Helidon 4.5.0 answered "Connection: close" and kept the connection open, so a client reading to the end waited
     * for the idle timeout (30 s) and the connection held its slot. The server closes it right after the answer.
     */
    @Test
    void aConnectionThatSaysCloseIsClosedAfterItsAnswer() throws Exception {
        for (String request : List.of("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "POST /wimd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2"
                        + "\r\nConnection: close\r\n\r\n{}")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
                socket.setSoTimeout(5_000);
                long started = System.nanoTime();
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 ");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("read to the end: %s", request)
                        .isLessThan(Duration.ofSeconds(2));
            }
        }
    }

    /** Sends one raw request from another loopback address and returns its status code. */
    private static int statusFrom(String address, TestServer target, String request) throws java.io.IOException {
        try (java.net.Socket socket = connectFrom(address, target)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String line = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    /** W8: the multipart delimiter search was O(n * m), 3.6 s per 8 MB body of dashes; it is linear now. */
    @Test
    void theMultipartDelimiterSearchIsLinearAndFindsWhatTheNaiveSearchFound() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        for (int run = 0; run < 20_000; run++) {
            byte[] haystack = new byte[random.nextInt(40)];
            byte[] needle = new byte[1 + random.nextInt(5)];
            for (int i = 0; i < haystack.length; i++) {
                haystack[i] = (byte) ('a' + random.nextInt(2));
            }
            for (int i = 0; i < needle.length; i++) {
                needle[i] = (byte) ('a' + random.nextInt(2));
            }
            int from = random.nextInt(haystack.length + 1);
            int naive = -1;
            for (int i = from; i <= haystack.length - needle.length && naive < 0; i++) {
                if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                    naive = i;
                }
            }
            assertThat(Multipart.indexOf(haystack, needle, from)).isEqualTo(naive);
        }
        byte[] dashes = new byte[8 << 20];
        java.util.Arrays.fill(dashes, (byte) '-');
        byte[] boundary = ("-".repeat(68) + "xy").getBytes(StandardCharsets.US_ASCII);
        long started = System.nanoTime();
        assertThat(Multipart.indexOf(dashes, boundary, 0)).isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    /** W9: {@code /health} named the SQLite file's absolute path (with PostgreSQL: host and database). */
    @Test
    void healthNamesTheKindOfStoreOnly() {
        HttpResponse<String> health = server.get("/health");
        assertThat(TestServer.json(health).get("store").asText()).isEqualTo("sqlite");
        assertThat(health.body()).doesNotContain(server.dataRoot().toString());
    }

    /**
     * W12 and W13: duplicate keys, trailing data after the object, {@code Content-Type: application/jsonx} and an
     * unpaired surrogate (echoed as sent, stored as "?") were all accepted; each is now 400 or 415.
     */
    @Test
    void ambiguousJsonIsRefused() {
        String id = server.server().mosaic().sessions().create().id().value();
        assertThat(server.post("/wimd", "{\"prompt\":\"a\",\"prompt\":\"b\"}", "X-Session-ID", id).statusCode())
                .as("a key twice").isEqualTo(400);
        assertThat(server.post("/wimd", "{\"prompt\":\"a\"} {\"prompt\":\"b\"}", "X-Session-ID", id)
                .statusCode()).as("trailing data").isEqualTo(400);
        assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd"))
                .header("Content-Type", "application/jsonx").header("X-Session-ID", id)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a\"}"))).statusCode())
                .as("application/jsonx").isEqualTo(415);
        assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd"))
                .header("Content-Type", "application/json; charset=utf-8").header("X-Session-ID", id)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"prompt\":\"hello\"}"))).statusCode())
                .as("application/json with a charset").isEqualTo(200);
        HttpResponse<String> surrogate = server.post("/wimd", "{\"prompt\":\"hello \\ud800 there\"}",
                "X-Session-ID", id);
        assertThat(surrogate.statusCode()).as("an unpaired surrogate").isEqualTo(400);
        assertThat(TestServer.json(surrogate).get("detail").asText()).isEqualTo("invalid_json");
        assertThat(server.post("/wimd", "{\"prompt\":\"hello \\ud83d\\ude00 there\"}", "X-Session-ID", id)
                .statusCode()).as("a pair is text").isEqualTo(200);
    }

    /** W14: a 0-byte upload was stored as a resume. */
    @Test
    void anEmptyUploadIsRefusedAndNothingIsStored() {
        String id = server.server().mosaic().sessions().create().id().value();
        HttpResponse<String> empty = server.upload("resume.txt", new byte[0], "X-Session-ID", id);
        assertThat(empty.statusCode()).isIn(415, 422);
        assertThat(server.upload("blank.txt", " \n\t ".getBytes(StandardCharsets.UTF_8), "X-Session-ID", id)
                .statusCode()).isEqualTo(422);
        assertThat(server.server().mosaic().store().uploads(dev.mosaic.core.session.SessionId.parse(id)
                .orElseThrow())).isEmpty();
    }

    /** W15: HEAD answered 405 on GET routes, and a 405 carried no {@code Allow} header. */
    @Test
    void headWorksWhereGetDoesAndA405SaysWhatIsAllowed() throws Exception {
        HttpResponse<String> get = server.get("/health");
        HttpResponse<String> head = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/health"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/ui/app.js"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(server.get("/health").statusCode()).as("the connection is still in step").isEqualTo(200);
        // Refusals and errors too: a 404 with a body would be read as the start of the next response.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("HEAD /no/such/route HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answers = readUntil(socket, "\r\n\r\nHTTP/1.1 ");
            assertThat(answers).startsWith("HTTP/1.1 404").containsPattern("(?i)content-length: [1-9]");
            assertThat(answers.substring(answers.indexOf("\r\n\r\n") + 4)).as("right after the HEAD answer's headers")
                    .startsWith("HTTP/1.1 200");
        }
        HttpResponse<String> wrong = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/wimd/metrics"))
                .DELETE());
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    /**
     * W4: the per-address limit keyed on the TCP peer, so behind a proxy every user shared one bucket. Forwarded
     * addresses are believed only from the proxies named in {@code MOSAIC_TRUSTED_PROXIES}; from anyone else they
     * are ignored (so they cannot be used to dodge the limit).
     */
    @Test
    void forwardedAddressesCountOnlyFromTrustedProxies() throws Exception {
        try (TestServer proxied = new TestServer(Map.of("MOSAIC_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8",
                "MOSAIC_RATE_LIMIT_PER_ADDRESS", "3"), java.time.Clock.systemUTC())) {
            int first = 0;
            for (int i = 0; i < 5; i++) {
                first += proxied.get("/config", "X-Forwarded-For", "203.0.113.5, 10.1.2.3").statusCode() == 200
                        ? 1 : 0;
            }
            assertThat(first).as("one user behind the proxy").isEqualTo(3);
            assertThat(proxied.get("/config", "X-Forwarded-For", "203.0.113.6").statusCode())
                    .as("another user behind the same proxy").isEqualTo(200);
            assertThat(proxied.get("/config", "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https").statusCode())
                    .as("RFC 7239 Forwarded").isEqualTo(200);
            int chosen = 0;
            for (int i = 0; i < 5; i++) {
                // Proxies append to X-Forwarded-For and pass a client's own Forwarded through: it must not count.
                chosen += proxied.get("/config", "X-Forwarded-For", "203.0.113.7", "Forwarded", "for=192.0.2." + i)
                        .statusCode() == 200 ? 1 : 0;
            }
            assertThat(chosen).as("a Forwarded header the client chose").isEqualTo(3);
            assertThat(statusFrom("127.0.0.1", proxied, "GET /config HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Forwarded-For: 192.0.2.200\r\nX-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n"))
                    .as("the proxy's line comes last, and it names the same client").isEqualTo(429);
            int prefix = 0;
            for (int i = 0; i < 5; i++) {
                prefix += proxied.get("/config", "X-Forwarded-For", "2001:db8:1:2::" + Integer.toHexString(i + 1))
                        .statusCode() == 200 ? 1 : 0;
            }
            assertThat(prefix).as("addresses from one IPv6 /64").isEqualTo(3);
            int spoofed = 0;
            for (int i = 0; i < 5; i++) {
                spoofed += statusFrom("127.0.0.5", proxied, "GET /config HTTP/1.1\r\nHost: localhost\r\n"
                        + "X-Forwarded-For: 198.51.100." + i + "\r\nConnection: close\r\n\r\n") == 200 ? 1 : 0;
            }
            assertThat(spoofed).as("forwarded headers from a client that is not a proxy").isEqualTo(3);
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ServerConfig.fromEnvironment(Map.of(
                "MOSAIC_TRUSTED_PROXIES", "10.0.0.0/33")))).hasMessageStartingWith("MOSAIC_TRUSTED_PROXIES:");
    }
}
