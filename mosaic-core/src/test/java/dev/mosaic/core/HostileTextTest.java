package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every path that reads a person's text (chat, resume feedback, rewrite, tailoring, upload and the profile read from
 * it) finishes quickly on text shaped to make backtracking patterns slow (issue 16, B1), at the largest size the
 * path accepts and at 1 MB (refused or read). Before the patterns were made linear, 2,000 newlines took minutes to
 * upload and 40 KB of "a" 24 s of feedback.
 */
class HostileTextTest {
    private static final int MEGABYTE = 1 << 20;
    private static final Duration WELL_UNDER_A_SECOND = Duration.ofMillis(1_000);

    /** Shapes that made one of the old patterns quadratic or worse. */
    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("one long word (email, dates)", "a");
        SHAPES.put("be-verbs (passive voice)", "is ");
        SHAPES.put("blank lines (headings)", "\n");
        SHAPES.put("blanks and tabs (headings)", " \t");
        SHAPES.put("hash lines (headings)", "#\n");
        SHAPES.put("digits and spaces (phone)", "1 ");
        SHAPES.put("month names (dates)", "jan");
        SHAPES.put("colons (heading ends)", ":");
        SHAPES.put("brackets (links)", "[");
        SHAPES.put("addresses (email)", "a@a.");
        SHAPES.put("capitalised words (names)", "Aa ");
        SHAPES.put("bullets", "- was made by\n");
    }

    private final Mosaic mosaic = Mosaic.builder().build();
    private final String job = mosaic.jobs().opportunities().get(0).jobId();

    /** A path that reads text, and the longest text it accepts. */
    private record TextPath(String name, int longest, Consumer<String> call) {
    }

    @Test
    void everyTextPathFinishesWellUnderASecondOnHostileText() {
        List<TextPath> paths = List.of(
                new TextPath("chat", Coach.MAX_MESSAGE_LENGTH, text -> mosaic.coach().chat(session(), text)),
                new TextPath("feedback", Resumes.MAX_RESUME_LENGTH, text -> mosaic.resumes().feedback(session(),
                        text, job)),
                new TextPath("rewrite", Resumes.MAX_RESUME_LENGTH, text -> mosaic.resumes().rewrite(session(),
                        dev.mosaic.core.resume.RewriteRequest.of(text))),
                new TextPath("customize", Resumes.MAX_RESUME_LENGTH, text -> mosaic.resumes().customize(session(),
                        job, text, List.of("python"))),
                new TextPath("upload, profile and matches", Resumes.MAX_RESUME_LENGTH, text -> {
                    SessionId session = session();
                    mosaic.resumes().upload(session, "resume.txt", text.getBytes(StandardCharsets.UTF_8));
                    mosaic.jobs().rank(mosaic.jobs().profile(session), 10);
                }));
        long slowest = 0;
        int calls = 0;
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            for (TextPath path : paths) {
                for (int length : new int[] {path.longest(), MEGABYTE}) {
                    String text = repeat(shape.getValue(), length);
                    long started = System.nanoTime();
                    assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> {
                        try {
                            path.call().accept(text);
                        } catch (MosaicException refused) {
                            // refused (too long, no text, nothing known yet) is a fine answer when it is quick
                        }
                    }, () -> path.name() + " on " + shape.getKey() + ", " + length + " characters");
                    slowest = Math.max(slowest, System.nanoTime() - started);
                    calls++;
                }
            }
        }
        System.out.printf("[hostile text] %d calls (%d shapes, %d paths, longest accepted and 1 MB): slowest %d ms%n",
                calls, SHAPES.size(), paths.size(), slowest / 1_000_000);
        assertThat(calls).isEqualTo(SHAPES.size() * paths.size() * 2);
    }

    @Test
    void anUploadLongerThanAResumeOrWithoutTextIsRefusedWithItsReason() {
        SessionId session = session();
        assertThat(catchCode(() -> mosaic.resumes().upload(session, "long.txt",
                repeat("word ", MEGABYTE).getBytes(StandardCharsets.UTF_8)))).isEqualTo("document_too_long");
        assertThat(catchCode(() -> mosaic.resumes().upload(session, "empty.txt", new byte[0])))
                .isIn("unreadable_document", "unsupported_file_type");
        assertThat(catchCode(() -> mosaic.resumes().upload(session, "blank.txt", "  \n\t \n".getBytes(
                StandardCharsets.UTF_8)))).isEqualTo("unreadable_document");
        assertThat(mosaic.store().uploads(session)).as("nothing stored").isEmpty();
    }

    private SessionId session() {
        return mosaic.sessions().create().id();
    }

    private static String catchCode(Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (MosaicException e) {
            return e.code().key();
        }
    }

    private static String repeat(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        return out.substring(0, length);
    }
}
