package dev.mosaic.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.testing.EvaluationFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching quality on a labelled set of 370 messages written differently from the library's prompts (paraphrases,
 * slang, typos, rambling, and 40 off-topic messages that must give no match). Reports top-1 and top-3 category
 * accuracy and MRR for Mosaic's matcher and for a Lucene BM25 baseline over the same library and messages.
 */
class MatcherQualityTest {
    static final String NONE = "NONE";
    private static PromptLibrary library;
    private static LuceneBaseline lucene;
    private static List<Labelled> messages;

    record Labelled(String message, String tag) {
    }

    record Figures(int messages, double top1, double top3, double mrr) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d messages: top-1 %.1f %%, top-3 %.1f %%, MRR %.3f", messages,
                    top1 * 100, top3 * 100, mrr);
        }
    }

    @BeforeAll
    static void load() {
        library = PromptLibrary.bundled();
        lucene = new LuceneBaseline(library.entries());
        messages = readLabelled();
    }

    @AfterAll
    static void close() {
        lucene.close();
    }

    @Test
    void matcherBeatsEightyFivePercentAndLuceneOnCareerMessages() {
        List<Labelled> career = messages.stream().filter(m -> !m.tag().equals(NONE)).toList();
        Figures mosaic = figures(career, m -> tags(library.match(m, 10).ranked()));
        Figures baseline = figures(career, m -> lucene.search(m, 10).stream().map(PromptEntry::tag).toList());
        System.out.println("[matcher quality] Mosaic matcher: " + mosaic);
        System.out.println("[matcher quality] Lucene BM25:    " + baseline);
        perTagReport(career);
        assertThat(mosaic.top1()).as("top-1 category accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(mosaic.top1()).as("top-1 against Lucene").isGreaterThanOrEqualTo(baseline.top1());
        assertThat(mosaic.mrr()).as("MRR against Lucene").isGreaterThanOrEqualTo(baseline.mrr());
    }

    @Test
    void offTopicMessagesGetNoMatchAndCareerMessagesRarelyDo() {
        List<Labelled> offTopic = messages.stream().filter(m -> m.tag().equals(NONE)).toList();
        long rejected = offTopic.stream().filter(m -> library.match(m.message()) instanceof MatchResult.NoMatch)
                .count();
        List<Labelled> career = messages.stream().filter(m -> !m.tag().equals(NONE)).toList();
        long careerRejected = career.stream()
                .filter(m -> library.match(m.message()) instanceof MatchResult.NoMatch).count();
        System.out.printf(Locale.ROOT, "[matcher quality] no match: %d of %d off-topic, %d of %d career messages%n",
                rejected, offTopic.size(), careerRejected, career.size());
        assertThat((double) rejected / offTopic.size()).as("off-topic rejected").isGreaterThanOrEqualTo(0.9);
        assertThat((double) careerRejected / career.size()).as("career rejected").isLessThanOrEqualTo(0.05);
    }

    private static void perTagReport(List<Labelled> career) {
        Map<String, int[]> byTag = new LinkedHashMap<>();
        for (Labelled m : career) {
            int[] counts = byTag.computeIfAbsent(m.tag(), t -> new int[2]);
            counts[1]++;
            if (tags(library.match(m.message(), 1).ranked()).stream().findFirst().orElse("")
                    .equals(m.tag())) {
                counts[0]++;
            }
        }
        StringBuilder line = new StringBuilder("[matcher quality] top-1 per category:");
        byTag.forEach((tag, c) -> line.append(" ").append(tag).append(" ").append(c[0]).append("/").append(c[1])
                .append(";"));
        System.out.println(line);
    }

    static Figures figures(List<Labelled> labelled, Function<String, List<String>> rankedTags) {
        int top1 = 0;
        int top3 = 0;
        double reciprocal = 0;
        for (Labelled m : labelled) {
            List<String> tags = rankedTags.apply(m.message());
            int rank = tags.indexOf(m.tag());
            if (rank == 0) {
                top1++;
            }
            if (rank >= 0 && rank < 3) {
                top3++;
            }
            if (rank >= 0) {
                reciprocal += 1.0 / (rank + 1);
            }
        }
        int n = labelled.size();
        return new Figures(n, (double) top1 / n, (double) top3 / n, reciprocal / n);
    }

    private static List<String> tags(List<PromptMatch> ranked) {
        return ranked.stream().map(m -> m.entry().tag()).toList();
    }

    static List<Labelled> readLabelled() {
        return EvaluationFiles.rows("/evaluation/match-eval.csv").stream()
                .map(record -> new Labelled(record.get("message"), record.get("expected_tag"))).toList();
    }
}
