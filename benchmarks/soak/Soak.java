import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-mix soak of issue 16 (run by benchmarks/soak/run-soak.sh, which starts the server): for the given
 * seconds, hostile clients run beside normal clients holding real conversations, each group from its own loopback
 * addresses (the server sees them as different clients, as on the internet):
 * <ul>
 * <li>500 idle connections, opened again as the server closes them, from ten addresses;</li>
 * <li>64 slow bodies (a byte a second), opened again as they are cut, from four addresses;</li>
 * <li>ReDoS payloads (100 KB of "a", of "is ", of newlines) to feedback, rewrite and upload;</li>
 * <li>parser payloads: a 2 KB PDF whose forms draw forms for minutes, and a DOCX whose ZIP hides a bomb;</li>
 * <li>an upload flood of 8 MB files;</li>
 * <li>random 15 KB session headers.</li>
 * </ul>
 * Normal clients (eight at a time, each conversation from its own address) start a conversation, chat, read their
 * metrics and analysis, send a resume for feedback and upload one, with a short pause between requests. Afterwards it reports their
 * success rate and latency, then, with the server stopped, checks in the SQLite database that every write the
 * server acknowledged is there, and that the server's log holds none of the sessions' ids in full.
 *
 * <pre>java -cp 'mosaic-server/target/libs/*' benchmarks/soak/Soak.java PORT SECONDS WORKDIR</pre>
 * ({@code verify} as the first argument runs the checks that need the server stopped.)
 */
public class Soak {
    static final String HOST = "127.0.0.1";
    static int port;
    static final AtomicBoolean running = new AtomicBoolean(true);
    static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong normalOk = new AtomicLong();
    static final AtomicLong normalFailed = new AtomicLong();
    static final Map<String, Integer> failures = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> hostile = new ConcurrentHashMap<>();
    /** Acknowledged writes: session id -> turns, uploads and resume versions the server answered 200 for. */
    static final Map<String, long[]> acknowledged = new ConcurrentHashMap<>();
    static final Pattern SESSION = Pattern.compile("\"session_id\"\\s*:\\s*\"([0-9a-f]{32})\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("verify")) {
            verify(Path.of(args[1]));
            return;
        }
        port = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        byte[] runawayPdf = runawayPdf();
        byte[] bombDocx = bombDocx();
        // SOAK_HOSTILE=idle,slow,redos,parser,flood,headers (the default: all of them), to look at one at a time.
        java.util.Set<String> on = java.util.Set.of(System.getenv().getOrDefault("SOAK_HOSTILE",
                "idle,slow,redos,parser,flood,headers").split(","));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; on.contains("idle") && i < 10; i++) {
            String address = "127.0.0." + (10 + i);
            threads.add(Thread.ofPlatform().daemon().start(() -> idleConnections(address, 50)));
        }
        for (int i = 0; on.contains("slow") && i < 4; i++) {
            String address = "127.0.0." + (30 + i);
            for (int j = 0; j < 16; j++) {
                threads.add(Thread.ofVirtual().start(() -> slowBody(address)));
            }
        }
        if (on.contains("redos")) {
            threads.add(Thread.ofVirtual().start(() -> redos("127.0.0.40")));
        }
        if (on.contains("parser")) {
            threads.add(Thread.ofVirtual().start(() -> parserPayloads("127.0.0.41", runawayPdf, bombDocx)));
        }
        for (int i = 0; on.contains("flood") && i < 4; i++) {
            String address = "127.0.0." + (42 + i);
            threads.add(Thread.ofVirtual().start(() -> uploadFlood(address)));
        }
        if (on.contains("headers")) {
            threads.add(Thread.ofVirtual().start(() -> hugeSessionHeaders("127.0.0.46")));
        }
        Thread.sleep(2_000); // let the attack build up before the normal clients start
        List<Thread> normal = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String network = "127.0." + (1 + i) + ".";
            long seed = i;
            normal.add(Thread.ofVirtual().start(() -> normalClient(network, seed)));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : normal) {
            thread.join(30_000);
        }
        report(work);
    }

    // ---------------------------------------------------------------- normal clients

    /**
     * One of the eight people talking to the coach at any time: conversation after conversation, each from a new
     * address in {@code network} (a new person; one address starting a conversation every few seconds for minutes
     * would be a client the per-address session quota is there to stop).
     */
    static void normalClient(String network, long seed) {
        int conversation = 0;
        Random random = new Random(seed);
        String[] messages = {"I want to move from nursing into health data, where do I start?",
            "I applied to two analyst roles this week", "how do I ask my manager for a raise?",
            "I keep procrastinating on my CV", "should I take the offer with the higher salary or the remote one?",
            "I will send three applications by Friday", "what should I learn first, SQL or Python?"};
        String resume = "Jane Example\njane@example.com\n+44 20 7946 0958\n\nEXPERIENCE\nRegistered nurse, "
                + "St Mary's Hospital, 2016-2024\n- Led a team of 6 nurses on a 30-bed ward\n- Cut handover time by "
                + "20% with a new checklist\n\nEDUCATION\nBSc Nursing, 2016\n\nSKILLS\nSQL, Excel, Python";
        while (running.get()) {
            String address = network + (1 + conversation++ % 250);
            try (Client client = new Client(address)) {
                Response first = client.timed("POST", "/wimd", Map.of("Content-Type", "application/json"),
                        json("prompt", messages[random.nextInt(messages.length)]));
                if (first.status != 200) {
                    pause(random);
                    continue;
                }
                Matcher session = SESSION.matcher(first.text());
                if (!session.find()) {
                    continue;
                }
                String id = session.group(1);
                long[] writes = acknowledged.computeIfAbsent(id, k -> new long[3]);
                writes[0]++;
                Map<String, String> headers = Map.of("Content-Type", "application/json", "X-Session-ID", id);
                for (int turn = 0; turn < 4 && running.get(); turn++) {
                    pause(random);
                    if (client.timed("POST", "/wimd", headers, json("prompt", messages[random.nextInt(
                            messages.length)])).status == 200) {
                        writes[0]++;
                    }
                }
                pause(random);
                client.timed("GET", "/wimd/metrics", Map.of("X-Session-ID", id), null);
                pause(random);
                client.timed("GET", "/wimd/analysis", Map.of("X-Session-ID", id), null);
                pause(random);
                if (client.timed("POST", "/resume/feedback", headers, json("resume", resume)).status == 200) {
                    writes[2]++;
                }
                pause(random);
                if (client.timed("POST", "/wimd/upload", Map.of("Content-Type", "multipart/form-data; boundary=soak",
                        "X-Session-ID", id), multipart("resume.txt", resume.getBytes(StandardCharsets.UTF_8)))
                        .status == 200) {
                    writes[1]++;
                }
                pause(random);
                client.timed("GET", "/ob/opportunities", Map.of("X-Session-ID", id), null);
            } catch (IOException e) {
                failures.merge("io: " + e.getClass().getSimpleName(), 1, Integer::sum);
                normalFailed.incrementAndGet();
            }
        }
    }

    static void pause(Random random) {
        try {
            Thread.sleep(100 + random.nextInt(200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- hostile clients

    static void idleConnections(String address, int count) {
        List<Socket> sockets = new ArrayList<>();
        while (running.get()) {
            while (sockets.size() < count && running.get()) {
                try {
                    Socket socket = connect(address);
                    socket.setSoTimeout(1);
                    sockets.add(socket);
                    count("idle connections opened");
                } catch (IOException e) {
                    count("idle connections refused");
                    break;
                }
            }
            // The server closes a silent socket at its head timeout (or at once past the per-address limit): a read
            // that finds the end of the stream notices it, and the attacker opens another.
            for (Socket socket : sockets) {
                try {
                    if (socket.getInputStream().read() < 0) {
                        socket.close();
                        count("idle connections closed by the server");
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // held
                } catch (IOException e) {
                    closeQuietly(socket);
                    count("idle connections closed by the server");
                }
            }
            sockets.removeIf(Socket::isClosed);
            sleep(500);
        }
        sockets.forEach(Soak::closeQuietly);
    }

    static void slowBody(String address) {
        while (running.get()) {
            try (Socket socket = connect(address)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /wimd HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"prompt\":\"").getBytes(StandardCharsets.US_ASCII));
                count("slow bodies started");
                while (running.get()) {
                    out.write('a');
                    out.flush();
                    sleep(1_000);
                }
            } catch (IOException e) {
                count("slow bodies cut by the server");
            }
        }
    }

    static void redos(String address) {
        String[] shapes = {"a".repeat(100_000), "is ".repeat(33_000), "\n".repeat(99_999) + "x",
            " \t".repeat(49_999) + "x"};
        int i = 0;
        while (running.get()) {
            try (Client client = new Client(address)) {
                while (running.get()) {
                    String text = shapes[i++ % shapes.length];
                    Response answer = switch (i % 3) {
                        case 0 -> client.send("POST", "/resume/rewrite", Map.of("Content-Type", "application/json"),
                                json("source_resume", text));
                        case 1 -> client.send("POST", "/wimd/upload", Map.of("Content-Type",
                                "multipart/form-data; boundary=soak"), multipart("r.txt",
                                text.getBytes(StandardCharsets.UTF_8)));
                        default -> client.send("POST", "/wimd", Map.of("Content-Type", "application/json"),
                                json("prompt", text.substring(0, 4000)));
                    };
                    count("redos payloads answered " + answer.status);
                }
            } catch (IOException e) {
                count("redos connections lost");
            }
        }
    }

    static void parserPayloads(String address, byte[] pdf, byte[] docx) {
        int i = 0;
        while (running.get()) {
            try (Client client = new Client(address)) {
                while (running.get()) {
                    boolean isPdf = i++ % 2 == 0;
                    Response answer = client.send("POST", "/wimd/upload", Map.of("Content-Type",
                            "multipart/form-data; boundary=soak"), multipart(isPdf ? "cv.pdf" : "cv.docx",
                            isPdf ? pdf : docx));
                    count((isPdf ? "runaway PDFs" : "ZIP-bomb DOCX") + " answered " + answer.status);
                }
            } catch (IOException e) {
                count("parser connections lost");
            }
        }
    }

    static void uploadFlood(String address) {
        byte[] eight = new byte[8 * 1024 * 1024 - 4096];
        Arrays.fill(eight, (byte) 'x');
        for (int i = 79; i < eight.length; i += 80) {
            eight[i] = '\n';
        }
        byte[] body = multipart("big.txt", eight);
        while (running.get()) {
            try (Client client = new Client(address)) {
                while (running.get()) {
                    Response answer = client.send("POST", "/wimd/upload", Map.of("Content-Type",
                            "multipart/form-data; boundary=soak"), body);
                    count("8 MB uploads answered " + answer.status);
                }
            } catch (IOException e) {
                count("upload flood connections lost");
            }
        }
    }

    static void hugeSessionHeaders(String address) {
        Random random = new Random(16);
        while (running.get()) {
            try (Client client = new Client(address)) {
                while (running.get()) {
                    byte[] junk = new byte[7_500];
                    random.nextBytes(junk);
                    Response answer = client.send("GET", "/resume/versions", Map.of("X-Session-ID",
                            java.util.HexFormat.of().formatHex(junk)), null);
                    count("huge session headers answered " + answer.status);
                }
            } catch (IOException e) {
                count("huge header connections lost");
            }
        }
    }

    /** 2 KB: forms that draw the form below them ten times, seven deep (the server stops it at its deadline). */
    static byte[] runawayPdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject below = null;
            for (int level = 0; level <= 7; level++) {
                var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(document);
                form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100));
                var resources = new org.apache.pdfbox.pdmodel.PDResources();
                form.setResources(resources);
                String draw = below == null ? "q Q\n" : "/" + resources.add(below).getName() + " Do\n";
                try (OutputStream content = form.getContentStream().createOutputStream(
                        org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                    content.write(draw.repeat(10).getBytes(StandardCharsets.US_ASCII));
                }
                below = form;
            }
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.drawForm(below);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX whose first ZIP entry inflates to 512 MB (the server reads the directory and refuses it). */
    static byte[] bombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(1);
            zip.putNextEntry(new java.util.zip.ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- report and verification

    static void report(Path work) throws IOException {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long total = normalOk.get() + normalFailed.get();
        StringBuilder out = new StringBuilder();
        out.append(String.format("normal requests: %d, succeeded %d (%.2f %%), p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                total, normalOk.get(), 100.0 * normalOk.get() / Math.max(1, total), percentile(sorted, 0.50),
                percentile(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
        out.append("normal failures: ").append(failures).append('\n');
        out.append("conversations: ").append(acknowledged.size()).append(", acknowledged turns ")
                .append(acknowledged.values().stream().mapToLong(w -> w[0]).sum()).append(", uploads ")
                .append(acknowledged.values().stream().mapToLong(w -> w[1]).sum()).append(", feedback versions ")
                .append(acknowledged.values().stream().mapToLong(w -> w[2]).sum()).append('\n');
        hostile.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("hostile: ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        System.out.print(out);
        Files.writeString(work.resolve("client-report.txt"), out);
        StringBuilder ledger = new StringBuilder();
        acknowledged.forEach((id, w) -> ledger.append(id).append(' ').append(w[0]).append(' ').append(w[1]).append(' ')
                .append(w[2]).append('\n'));
        Files.writeString(work.resolve("acknowledged.txt"), ledger);
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1))
                / 1e6;
    }

    /** With the server stopped: every acknowledged write is in the database, and no full session id in the log. */
    static void verify(Path work) throws Exception {
        List<String> lines = Files.readAllLines(work.resolve("acknowledged.txt"));
        String log = Files.readString(work.resolve("server.log"));
        long missing = 0;
        long idsInLog = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("data/mosaic.db"))) {
            PreparedStatement turns = db.prepareStatement("SELECT COUNT(*) FROM turns WHERE session_id = ?");
            PreparedStatement uploads = db.prepareStatement("SELECT COUNT(*) FROM uploads WHERE session_id = ?");
            PreparedStatement versions = db.prepareStatement(
                    "SELECT COUNT(*) FROM resume_versions WHERE session_id = ?");
            for (String line : lines) {
                String[] parts = line.split(" ");
                String id = parts[0];
                long[] stored = {count(turns, id), count(uploads, id), count(versions, id)};
                for (int i = 0; i < 3; i++) {
                    if (stored[i] < Long.parseLong(parts[i + 1])) {
                        missing++;
                        System.out.println("missing: " + line + " stored " + Arrays.toString(stored));
                    }
                }
                if (log.contains(id)) {
                    idsInLog++;
                }
            }
        }
        System.out.println("verified " + lines.size() + " conversations after the stop: " + missing
                + " acknowledged writes missing; " + idsInLog + " session ids in full in the server log ("
                + log.lines().count() + " lines)");
        if (missing > 0 || idsInLog > 0) {
            System.exit(1);
        }
    }

    static long count(PreparedStatement statement, String id) throws Exception {
        statement.setString(1, id);
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // ---------------------------------------------------------------- a small HTTP/1.1 client bound to an address

    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static final class Client implements AutoCloseable {
        private final String address;
        private Socket socket;
        private InputStream in;

        Client(String address) throws IOException {
            this.address = address;
            open();
        }

        private void open() throws IOException {
            socket = connect(address);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream());
        }

        /** A normal client's request: timed, counted, and retried once on a closed keep-alive connection. */
        Response timed(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
            long started = System.nanoTime();
            Response response;
            try {
                response = send(method, path, headers, body);
            } catch (IOException closed) {
                open();
                response = send(method, path, headers, body);
            }
            latencies.add(System.nanoTime() - started);
            if (response.status >= 200 && response.status < 300) {
                normalOk.incrementAndGet();
            } else {
                normalFailed.incrementAndGet();
                failures.merge(method + " " + path + " " + response.status, 1, Integer::sum);
            }
            return response;
        }

        Response send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: soak\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            byte[] content;
            if (chunked) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().strip(), 16); size > 0;
                     size = Integer.parseInt(line().strip(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                line();
                content = all.toByteArray();
            } else {
                content = in.readNBytes((int) Math.max(0, length));
            }
            if (close) {
                socket.close();
                open();
            }
            return new Response(code, content);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    return line.toString().replace("\r", "");
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        @Override
        public void close() {
            closeQuietly(socket);
        }
    }

    static Socket connect(String address) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true); // head and body go in two writes: no Nagle wait on a delayed ACK
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress(HOST, port), 5_000);
        return socket;
    }

    static byte[] json(String field, String value) {
        StringBuilder out = new StringBuilder("{\"").append(field).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] multipart(String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 200);
        body.writeBytes(("--soak\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes("\r\n--soak--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static void count(String what) {
        hostile.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing
        }
    }
}
