package dev.mosaic.core.internal.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.spi.Embedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fusion and the vector cache with a hand-written embedder whose vectors are a text's counts of a few marker
 * words, so the semantic half is predictable.
 */
class SemanticRankerTest {
    private static final PromptLibrary LIBRARY = PromptLibrary.parse("test.csv", """
            id,prompt,completion,tag,keywords
            n1,How do I negotiate my salary offer?,Ask for the range first.,Financial & Negotiation,salary;offer
            n2,My manager said there is no budget for a raise.,Ask what would change that.,Financial & Negotiation,raise
            c1,I feel like a fraud in my new job.,Impostor feelings are common.,Confidence & Mindset,fraud;impostor
            c2,I doubt myself in every meeting.,Write down one thing you did well.,Confidence & Mindset,doubt
            """.getBytes(StandardCharsets.UTF_8));

    /** Vectors over three directions: money words, doubt words, and everything else. */
    static class MarkerEmbedder implements Embedder {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean broken;

        @Override
        public String name() {
            return "markers";
        }

        @Override
        public String identity() {
            return "v1";
        }

        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            if (broken) {
                throw new MosaicException(MosaicException.Code.EMBEDDING_FAILED, "the model is gone");
            }
            String t = text.toLowerCase(java.util.Locale.ROOT);
            float money = count(t, "salary", "raise", "pay", "offer", "budget", "money");
            float doubt = count(t, "fraud", "doubt", "impostor", "confidence", "myself");
            float[] v = {money, doubt, 0.2f};
            float norm = (float) Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (int k = 0; k < 3; k++) {
                v[k] /= norm;
            }
            return v;
        }

        private static float count(String text, String... words) {
            float n = 0;
            for (String w : words) {
                n += text.contains(w) ? 1 : 0;
            }
            return n;
        }
    }

    private static SemanticRanker ranker(MarkerEmbedder embedder, List<SemanticRanker.Example> examples) {
        return new SemanticRanker(LIBRARY, embedder, LibraryVectors.of(SemanticRanker.texts(LIBRARY, examples),
                embedder, Optional.empty()), examples, SemanticRanker.Tuning.DEFAULT);
    }

    @Test
    void aClearMessageIsServedFromTheWinningTopic() {
        MatchResult result = ranker(new MarkerEmbedder(), List.of()).match("they will not pay me more money", 3);
        assertThat(result).isInstanceOf(MatchResult.Matched.class);
        assertThat(result.best().orElseThrow().entry().tag()).isEqualTo("Financial & Negotiation");
        assertThat(result.ranked()).hasSize(3);
    }

    @Test
    void aMessageBetweenTwoTopicsIsUnsureAndNamesBoth() {
        MatchResult result = ranker(new MarkerEmbedder(), List.of()).match("doubt about the pay", 3);
        assertThat(result).isInstanceOfSatisfying(MatchResult.Unsure.class, u -> assertThat(u.topics())
                .containsExactlyInAnyOrder("Financial & Negotiation", "Confidence & Mindset"));
    }

    @Test
    void examplesVoteForTheirTopic() {
        List<SemanticRanker.Example> examples = List.of(
                new SemanticRanker.Example("doubt doubt myself", "Confidence & Mindset"),
                new SemanticRanker.Example("I doubt myself", "Confidence & Mindset"),
                new SemanticRanker.Example("doubt and confidence", "Confidence & Mindset"));
        SemanticRanker.Fused without = ranker(new MarkerEmbedder(), List.of()).fuse(
                LIBRARY.match("doubt about the pay", 20), new MarkerEmbedder().embed("doubt about the pay"),
                SemanticRanker.Tuning.DEFAULT, 3);
        SemanticRanker.Fused with = ranker(new MarkerEmbedder(), examples).fuse(
                LIBRARY.match("doubt about the pay", 20), new MarkerEmbedder().embed("doubt about the pay"),
                SemanticRanker.Tuning.DEFAULT, 3);
        assertThat(with.topics().get("Confidence & Mindset"))
                .isGreaterThan(without.topics().get("Confidence & Mindset"));
    }

    @Test
    void whenTheEmbedderFailsTheLexicalRankingStands() {
        MarkerEmbedder embedder = new MarkerEmbedder();
        SemanticRanker ranker = ranker(embedder, List.of());
        embedder.broken = true;
        MatchResult result = ranker.match("How do I negotiate my salary offer?", 2);
        assertThat(result).isInstanceOf(MatchResult.Matched.class);
        assertThat(result.best().orElseThrow().entry().id()).isEqualTo("n1");
        assertThat(result.ranked()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void nothingNearAndNothingLexicalIsNoMatch() {
        assertThat(ranker(new MarkerEmbedder(), List.of()).match("qwerty zxcv", 3))
                .isInstanceOf(MatchResult.NoMatch.class);
    }

    @Test
    void vectorsAreEmbeddedOnceThenReadFromTheCache(@TempDir Path cache) throws IOException {
        List<String> texts = SemanticRanker.texts(LIBRARY, List.of());
        MarkerEmbedder first = new MarkerEmbedder();
        float[][] embedded = LibraryVectors.of(texts, first, Optional.of(cache.resolve("vectors")));
        assertThat(first.calls).hasValue(texts.size());
        MarkerEmbedder second = new MarkerEmbedder();
        float[][] read = LibraryVectors.of(texts, second, Optional.of(cache.resolve("vectors")));
        assertThat(second.calls).hasValue(0);
        assertThat(read).isDeepEqualTo(embedded);
        try (var files = Files.list(cache.resolve("vectors"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .matches(name -> name.matches("[0-9a-f]{64}\\.vectors"));
        }
    }

    @Test
    void anotherModelOrLibraryNeverReadsStaleVectors(@TempDir Path cache) {
        List<String> texts = SemanticRanker.texts(LIBRARY, List.of());
        LibraryVectors.of(texts, new MarkerEmbedder(), Optional.of(cache));
        MarkerEmbedder other = new MarkerEmbedder() {
            @Override
            public String identity() {
                return "v2";
            }
        };
        LibraryVectors.of(texts, other, Optional.of(cache));
        assertThat(other.calls).hasValue(texts.size());
        MarkerEmbedder changedLibrary = new MarkerEmbedder();
        LibraryVectors.of(texts.subList(1, texts.size()), changedLibrary, Optional.of(cache));
        assertThat(changedLibrary.calls).hasValue(texts.size() - 1);
    }

    @Test
    void aDamagedCacheFileIsEmbeddedAgainAndAnUnwritableFolderIsNotAFailure(@TempDir Path cache) throws IOException {
        List<String> texts = SemanticRanker.texts(LIBRARY, List.of());
        LibraryVectors.of(texts, new MarkerEmbedder(), Optional.of(cache));
        try (var files = Files.list(cache)) {
            Path file = files.findFirst().orElseThrow();
            Files.write(file, new byte[] {1, 2, 3});
        }
        MarkerEmbedder again = new MarkerEmbedder();
        assertThat(LibraryVectors.of(texts, again, Optional.of(cache))).hasNumberOfRows(texts.size());
        assertThat(again.calls).hasValue(texts.size());

        Path notAFolder = Files.writeString(cache.resolve("a-file"), "x");
        assertThat(LibraryVectors.of(texts, new MarkerEmbedder(), Optional.of(notAFolder.resolve("vectors"))))
                .hasNumberOfRows(texts.size());
    }

    @Test
    void theBundledExamplesAreTwentyPerTopicDistinctAndInTheLibrarysTopics() {
        List<SemanticRanker.Example> examples = ExampleMessages.bundled();
        assertThat(examples).hasSize(300);
        Map<String, Long> perTag = examples.stream()
                .collect(Collectors.groupingBy(SemanticRanker.Example::tag, Collectors.counting()));
        assertThat(perTag.keySet()).containsExactlyInAnyOrderElementsOf(PromptLibrary.TAGS);
        assertThat(perTag.values()).containsOnly(20L);
        assertThat(new HashSet<>(examples.stream().map(e -> e.message().toLowerCase(java.util.Locale.ROOT))
                .toList())).hasSize(300);
        assertThat(examples).allSatisfy(e -> assertThat(e.message()).isNotBlank().hasSizeLessThan(600));
        assertThat(ExampleMessages.forTags(examples, java.util.Set.of("Motivation"))).hasSize(20);
    }
}
