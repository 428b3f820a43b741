package dev.mosaic.core.internal.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.testing.MarkerEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fusion and the vector cache, with {@link MarkerEmbedder} so that the semantic half is predictable. */
class SemanticRankerTest {
    private static final PromptLibrary LIBRARY = MarkerEmbedder.MONEY_AND_DOUBT;

    @BeforeEach
    void forgetVectorsOfOtherTests() {
        LibraryVectors.forgetRecent();
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
    void aMessageNoEntryFitsWellEnoughIsUnsureAndOffersTheTwoLikeliest() {
        MatchResult result = ranker(new MarkerEmbedder(), List.of()).match("confidence about money", 3);
        assertThat(result).isInstanceOfSatisfying(MatchResult.Unsure.class, u -> assertThat(u.ranked().subList(0, 2))
                .extracting(m -> m.entry().id()).doesNotHaveDuplicates());
        assertThat(result.ranked().get(0).score()).isLessThan(SemanticRanker.Tuning.DEFAULT.entryGate());
    }

    @Test
    void theEntryGateDecidesWhatIsServed() {
        SemanticRanker ranker = ranker(new MarkerEmbedder(), List.of());
        MatchResult lexicalOnly = LIBRARY.match("they will not pay me more money", 20);
        float[] vector = new MarkerEmbedder().embed("they will not pay me more money");
        assertThat(ranker.fuse(lexicalOnly, vector, SemanticRanker.Tuning.DEFAULT, 3).result())
                .isInstanceOf(MatchResult.Matched.class);
        assertThat(ranker.fuse(lexicalOnly, vector, SemanticRanker.Tuning.DEFAULT.withServing(0, 5.0), 3).result())
                .isInstanceOf(MatchResult.Unsure.class);
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
        LibraryVectors.forgetRecent();
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
        LibraryVectors.forgetRecent();
        LibraryVectors.of(texts, other, Optional.of(cache));
        assertThat(other.calls).hasValue(texts.size());
        LibraryVectors.forgetRecent();
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
        LibraryVectors.forgetRecent();
        MarkerEmbedder again = new MarkerEmbedder();
        assertThat(LibraryVectors.of(texts, again, Optional.of(cache))).hasNumberOfRows(texts.size());
        assertThat(again.calls).hasValue(texts.size());

        Path notAFolder = Files.writeString(cache.resolve("a-file"), "x");
        assertThat(LibraryVectors.of(texts, new MarkerEmbedder(), Optional.of(notAFolder.resolve("vectors"))))
                .hasNumberOfRows(texts.size());
    }

    @Test
    void theSameTextsAndModelAreEmbeddedOncePerProcessAndEveryFolderGetsItsCopy(@TempDir Path cache)
            throws IOException {
        List<String> texts = SemanticRanker.texts(LIBRARY, List.of());
        LibraryVectors.of(texts, new MarkerEmbedder(), Optional.empty());
        MarkerEmbedder second = new MarkerEmbedder();
        LibraryVectors.of(texts, second, Optional.of(cache));
        assertThat(second.calls).hasValue(0);
        try (var files = Files.list(cache)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void theBundledExamplesAreAboutOneHundredAndTwentyPerTopicDistinctAndInTheLibrarysTopics() {
        List<SemanticRanker.Example> examples = ExampleMessages.bundled();
        assertThat(examples).hasSize(1784);
        Map<String, Long> perTag = examples.stream()
                .collect(Collectors.groupingBy(SemanticRanker.Example::tag, Collectors.counting()));
        assertThat(perTag.keySet()).containsExactlyInAnyOrderElementsOf(PromptLibrary.TAGS);
        // 40 from each of the first two helpers and 80 from the third, less the 16 that repeated a message already held
        assertThat(perTag.values()).allSatisfy(n -> assertThat(n).isBetween(110L, 120L));
        assertThat(new HashSet<>(examples.stream().map(e -> e.message().toLowerCase(java.util.Locale.ROOT))
                .toList())).hasSize(1784);
        assertThat(examples).allSatisfy(e -> assertThat(e.message()).isNotBlank().hasSizeLessThan(600));
        assertThat(ExampleMessages.forTags(examples, java.util.Set.of("Motivation"))).hasSize(118);
    }
}
