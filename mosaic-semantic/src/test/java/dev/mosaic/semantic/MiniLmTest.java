package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mosaic.core.MosaicException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MiniLmTest {
    private static final MiniLm MODEL = MiniLm.load();

    @AfterAll
    static void close() {
        MODEL.close();
    }

    /**
     * The first components as LangChain4j's own pipeline for the same model computes them (DJL's native tokenizer,
     * padded to 128 and masked): the Java tokenizer and unpadded encoding give the same vector.
     */
    @Test
    void vectorsAreTheReferencePipelines() {
        assertThat(MODEL.embed("I got laid off this morning, 8 years there")).startsWith(
                new float[] {-0.015638994f, 0.03894115f, 0.08945168f, 0.11984902f, 0.003891403f, 0.012476306f},
                within(2e-5f));
        assertThat(MODEL.embed("Café résumé naïve — don't panic!!")).startsWith(
                new float[] {0.010388331f, -0.017698737f, 0.053874906f, 0.032018f, 0.11955437f, 0.052216347f},
                within(2e-5f));
    }

    /**
     * Many texts at once: bundled texts from the build-time table, others encoded, each the vector {@code embed}
     * gives, in arrays of their own (a text listed twice gets two), and a second call unaffected by writing the first.
     */
    @Test
    void embedAllGivesWhatEmbedGivesInArraysTheCallerOwns() {
        String bundled = dev.mosaic.core.prompts.PromptLibrary.bundled().entries().get(0).prompt();
        String other = "a sentence written for this test and bundled nowhere";
        List<String> texts = List.of(bundled, other, bundled);
        float[][] first = MODEL.embedAll(texts);
        assertThat(first.length).isEqualTo(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(first[i]).as(texts.get(i)).containsExactly(MODEL.embed(texts.get(i)));
        }
        assertThat(first[0]).isNotSameAs(first[2]);
        java.util.Arrays.fill(first[0], 0f);
        assertThat(first[2][0]).isNotZero();
        assertThat(MODEL.embedAll(List.of(bundled))[0]).containsExactly(MODEL.embed(bundled));
        assertThatThrownBy(() -> MODEL.embedAll(java.util.Arrays.asList("ok", null)))
                .hasMessageContaining("texts");
        // More than a few: through the known-vectors table, with the same vectors
        List<String> many = new java.util.ArrayList<>();
        dev.mosaic.core.prompts.PromptLibrary.bundled().entries().stream().limit(MiniLm.FEW)
                .forEach(e -> many.add(e.prompt()));
        many.add(other);
        many.add(bundled);
        float[][] all = MODEL.embedAll(many);
        for (int i = 0; i < many.size(); i++) {
            assertThat(all[i]).as(many.get(i)).containsExactly(MODEL.embed(many.get(i)));
        }
        assertThat(all[0]).isNotSameAs(all[many.size() - 1]);
        List<String> withNull = new java.util.ArrayList<>(many);
        withNull.add(null);
        assertThatThrownBy(() -> MODEL.embedAll(withNull)).hasMessageContaining("texts");
    }

    @Test
    void vectorsHaveUnitLengthAndTheDeclaredDimensions() {
        for (String text : List.of("", "   ", "idk", "x".repeat(10_000), "🙂 😡 ✨", "I'm a PM at a fintech in Berlin")) {
            float[] v = MODEL.embed(text);
            assertThat(v).as(text).hasSize(MODEL.dimensions());
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).as(text).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void closeMeaningsAreNearerThanSharedWords() {
        float[] laidOff = MODEL.embed("I was let go from my job today");
        float[] lostJob = MODEL.embed("they fired me this afternoon");
        float[] sharedWords = MODEL.embed("what job should I do today");
        assertThat(dot(laidOff, lostJob)).isGreaterThan(dot(laidOff, sharedWords));
    }

    @Test
    void aLongTextIsCutNotRefused() {
        String rambling = "my manager keeps taking credit for my work and I do not know what to do. ".repeat(200);
        assertThat(dot(MODEL.embed(rambling), MODEL.embed(rambling.substring(0, 600)))).isGreaterThan(0.99);
    }

    @Test
    void identityIsTheModelFilesSha256() {
        assertThat(MODEL.name()).isEqualTo("all-MiniLM-L6-v2-q");
        assertThat(MODEL.identity()).matches("[0-9a-f]{64}");
        assertThat(MODEL.toString()).contains(MODEL.identity().substring(0, 12));
    }

    @Test
    void manyThreadsGetTheSameVectors() throws Exception {
        List<String> texts = List.of("how do I negotiate a raise", "my boss ignores me", "I want to learn SQL");
        List<float[]> expected = texts.stream().map(MODEL::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int which = i % texts.size();
                results.add(pool.submit(() -> java.util.Arrays.equals(MODEL.embed(texts.get(which)),
                        expected.get(which))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNullTextIsRefusedByName() {
        assertThatThrownBy(() -> MODEL.embed(null)).isInstanceOf(dev.mosaic.core.InvalidInputException.class)
                .hasMessageContaining("text");
    }

    @Test
    void aClosedModelFailsWithItsCode() {
        MiniLm closed = MiniLm.load();
        closed.close();
        assertThatThrownBy(() -> closed.embed("hello")).isInstanceOf(MosaicException.class)
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.EMBEDDING_FAILED);
    }

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int k = 0; k < a.length; k++) {
            d += a[k] * b[k];
        }
        return d;
    }
}
