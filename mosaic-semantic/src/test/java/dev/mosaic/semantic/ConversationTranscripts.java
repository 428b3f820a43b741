package dev.mosaic.semantic;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.internal.jobs.JsonReader;
import dev.mosaic.core.session.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the blind conversations ({@code evaluation/thread/conversations-*.json}) through the coach as the server
 * runs it (semantic layer on, offline) and writes the transcripts for reading and for blind grading:
 * {@code -Dtranscripts=tuning} (or {@code heldout}) writes {@code target/transcripts-<half>.md}. Opt-in: it judges
 * nothing itself (the grades are {@code ThreadGradesTest}'s).
 */
class ConversationTranscripts {
    @Test
    @EnabledIfSystemProperty(named = "transcripts", matches = "tuning|heldout")
    void write() throws IOException {
        String half = System.getProperty("transcripts");
        Path out = Path.of("target/transcripts-" + half + ".md");
        Files.writeString(out, transcripts("conversations-" + half + ".json", false));
        Path blind = Path.of("target/blind-" + half + ".md");
        Files.writeString(blind, transcripts("conversations-" + half + ".json", true));
        Files.writeString(Path.of("target/replies-" + half + ".csv"), replyKeys("conversations-" + half + ".json"));
        System.out.println("wrote " + out.toAbsolutePath() + " and " + blind.toAbsolutePath());
    }

    /**
     * The conversations and the coach's replies.
     *
     * @param file the conversations
     * @param blind for a grader: no turn kinds, no sources, no entry ids, no facts noted
     */
    static String transcripts(String file, boolean blind) {
        List<?> conversations = (List<?>) JsonReader.parse(file, read("/evaluation/thread/" + file));
        StringBuilder out = new StringBuilder();
        try (Mosaic mosaic = Mosaic.builder().embedder(Fixtures.MODEL).build()) {
            for (Object c : conversations) {
                Map<?, ?> conversation = (Map<?, ?>) c;
                SessionId id = mosaic.sessions().create().id();
                out.append("## ").append(conversation.get("id")).append("\n\n");
                int n = 0;
                for (Object t : (List<?>) conversation.get("turns")) {
                    Map<?, ?> turn = (Map<?, ?>) t;
                    n++;
                    CoachReply reply = mosaic.coach().chat(id, (String) turn.get("user"));
                    out.append("**Turn ").append(n).append(blind ? "" : " (" + turn.get("kind") + ")")
                            .append(" person:** ").append(turn.get("user")).append("\n\n**Coach**")
                            .append(blind ? "" : " [" + reply.source().key()
                                    + reply.match().map(m -> " " + m.entry().id()).orElse("") + "]")
                            .append(": ").append(reply.message().replace("\n\n", " / ")).append("\n\n");
                    reply.nextStep().ifPresent(step -> out.append("**Next step:** ").append(step).append("\n\n"));
                    if (!reply.options().isEmpty()) {
                        out.append("**Options:** ").append(reply.options().stream().map(o -> o.label()).toList())
                                .append("\n\n");
                    }
                }
                if (!blind) {
                    out.append("**Facts noted:** ").append(mosaic.coach().facts(id).stream()
                            .map(f -> f.kind().key() + "=" + f.value()).toList()).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /** {@return one line per turn: conversation, turn and {@link #replyKey} of the reply, with a header} */
    static String replyKeys(String file) {
        StringBuilder out = new StringBuilder("conversation,turn,reply\n");
        replies(file).forEach((key, reply) -> out.append(key).append(',').append(replyKey(reply)).append('\n'));
        return out.toString();
    }

    /** {@return every held-out reply by "conversation,turn", in order} */
    static java.util.Map<String, CoachReply> replies(String file) {
        List<?> conversations = (List<?>) JsonReader.parse(file, read("/evaluation/thread/" + file));
        java.util.Map<String, CoachReply> replies = new java.util.LinkedHashMap<>();
        try (Mosaic mosaic = Mosaic.builder().embedder(Fixtures.MODEL).build()) {
            for (Object c : conversations) {
                Map<?, ?> conversation = (Map<?, ?>) c;
                SessionId id = mosaic.sessions().create().id();
                int n = 0;
                for (Object t : (List<?>) conversation.get("turns")) {
                    n++;
                    replies.put(conversation.get("id") + "," + n,
                            mosaic.coach().chat(id, (String) ((Map<?, ?>) t).get("user")));
                }
            }
        }
        return replies;
    }

    /** {@return what identifies a graded reply: the first 16 hex digits of the SHA-256 of its message and next step} */
    static String replyKey(CoachReply reply) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest((reply.message() + "\n"
                    + reply.nextStep().orElse("")).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ConversationTranscripts.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
