package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearLabellerTest {
    /** Five labels, each a cloud of unit vectors around its own direction in 8 dimensions. */
    private static final List<float[]> VECTORS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    static {
        java.util.Random random = new java.util.Random(7);
        for (int c = 0; c < LinearLabeller.LABELS.size(); c++) {
            for (int i = 0; i < 40; i++) {
                float[] v = new float[8];
                v[c] = 1;
                for (int k = 0; k < v.length; k++) {
                    v[k] += (float) (random.nextGaussian() * 0.2);
                }
                VECTORS.add(unit(v));
                LABELS.add(LinearLabeller.LABELS.get(c));
            }
        }
    }

    @Test
    void readsEachLabelFromItsDirectionAndTheProbabilitiesSumToOne() {
        LinearLabeller labeller = LinearLabeller.train(VECTORS, LABELS, 1e-4, 300);
        for (int c = 0; c < LinearLabeller.LABELS.size(); c++) {
            float[] v = new float[8];
            v[c] = 1;
            double[] p = labeller.probabilities(v);
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(p[c]).as(LinearLabeller.LABELS.get(c)).isGreaterThan(0.9);
        }
        float[] offTopic = new float[8];
        offTopic[LinearLabeller.OFF_TOPIC] = 1;
        assertThat(labeller.probabilities(offTopic)[LinearLabeller.OFF_TOPIC]).isGreaterThan(0.9);
        assertThat(LinearLabeller.train(VECTORS, LABELS, 1e-4, 300).probabilities(offTopic))
                .as("the same examples give the same weights").containsExactly(labeller.probabilities(offTopic));
    }

    @Test
    void theWeightsAreReadBackOnlyForTheFingerprintTheyWereTrainedOn() throws IOException {
        LinearLabeller labeller = LinearLabeller.train(VECTORS, LABELS, 1e-4, 50);
        List<CareNeighbours.Example> examples = new ArrayList<>();
        for (int i = 0; i < VECTORS.size(); i++) {
            examples.add(new CareNeighbours.Example("message " + i, LABELS.get(i), kind(LABELS.get(i))));
        }
        float[][] vectors = VECTORS.toArray(float[][]::new);
        String fingerprint = LinearLabeller.fingerprint(examples, vectors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        labeller.write(out, fingerprint);
        float[] probe = VECTORS.get(3);
        assertThat(LinearLabeller.read(new ByteArrayInputStream(out.toByteArray()), fingerprint).orElseThrow()
                .probabilities(probe)).containsExactly(labeller.probabilities(probe));

        float[][] otherEmbedder = vectors.clone();
        otherEmbedder[0] = unit(new float[] {1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(LinearLabeller.fingerprint(examples, otherEmbedder)).isNotEqualTo(fingerprint);
        assertThat(LinearLabeller.read(new ByteArrayInputStream(out.toByteArray()),
                LinearLabeller.fingerprint(examples, otherEmbedder))).isEmpty();
        List<CareNeighbours.Example> relabelled = new ArrayList<>(examples);
        relabelled.set(5, new CareNeighbours.Example("message 5", "vague", "vague"));
        assertThat(LinearLabeller.fingerprint(relabelled, vectors)).isNotEqualTo(fingerprint);
        assertThat(LinearLabeller.bundled(examples, vectors)).as("the bundled weights are for other examples")
                .isEmpty();
    }

    @Test
    void badInputIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> LinearLabeller.train(VECTORS, LABELS.subList(0, 3), 1e-4, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200 vectors, 3 labels");
        List<String> wrong = new ArrayList<>(LABELS);
        wrong.set(2, "sad");
        assertThatThrownBy(() -> LinearLabeller.train(VECTORS, wrong, 1e-4, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example 2: label 'sad'");
        LinearLabeller labeller = LinearLabeller.train(VECTORS, LABELS, 1e-4, 10);
        assertThatThrownBy(() -> labeller.probabilities(new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 numbers, the weights take 8");
    }

    @Test
    void theNeighboursDeclineWhatTheReadingCallsOffTopicEvenWhenTheirVotesAreMixed() {
        LinearLabeller labeller = LinearLabeller.train(VECTORS, LABELS, 1e-4, 300);
        // Seven examples: three off-topic, four ordinary, all near the probe; the reading says off-topic.
        List<CareNeighbours.Example> examples = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        int off = LinearLabeller.OFF_TOPIC;
        int ordinary = LinearLabeller.ORDINARY;
        for (int i = 0; i < 7; i++) {
            float[] v = new float[8];
            v[off] = 1;
            v[ordinary] = i < 3 ? 0.3f : 0.5f;
            vectors.add(unit(v));
            examples.add(new CareNeighbours.Example("e" + i, i < 3 ? "off_topic" : "ordinary", "x"));
        }
        float[] probe = new float[8];
        probe[off] = 1;
        probe[ordinary] = 0.4f;
        probe = unit(probe);
        assertThat(labeller.probabilities(probe)[LinearLabeller.OFF_TOPIC]).isGreaterThanOrEqualTo(CareNeighbours.OFF_TOPIC_PROBABILITY);
        float[][] rows = vectors.toArray(float[][]::new);
        assertThat(new CareNeighbours(examples, rows).read(probe).offTopic()).as("the votes alone: 3 of 7").isFalse();
        assertThat(new CareNeighbours(examples, rows, labeller).read(probe).offTopic()).isTrue();
        assertThatThrownBy(() -> new CareNeighbours(examples, new float[][] {new float[3], new float[3],
                new float[3], new float[3], new float[3], new float[3], new float[3]}, labeller))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 8 numbers");
    }

    @Test
    void theReadingDeclinesNothingThatSixOfTheSevenNearestCallACareerQuestion() {
        LinearLabeller labeller = LinearLabeller.train(VECTORS, LABELS, 1e-4, 300);
        int off = LinearLabeller.OFF_TOPIC;
        int ordinary = LinearLabeller.ORDINARY;
        float[] probe = new float[8];
        probe[off] = 1;
        probe[ordinary] = 0.4f;
        probe = unit(probe);
        assertThat(labeller.probabilities(probe)[off]).isGreaterThanOrEqualTo(CareNeighbours.OFF_TOPIC_PROBABILITY);
        for (int careerQuestions : new int[] {5, 6}) {
            List<CareNeighbours.Example> examples = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                float[] v = new float[8];
                v[off] = 1;
                v[ordinary] = 0.4f + 0.01f * i;
                vectors.add(unit(v));
                examples.add(new CareNeighbours.Example("e" + i, i < careerQuestions ? "ordinary" : "vague", "x"));
            }
            boolean declined = new CareNeighbours(examples, vectors.toArray(float[][]::new), labeller).read(probe)
                    .offTopic();
            assertThat(declined).as(careerQuestions + " of 7 career questions").isEqualTo(careerQuestions < 6);
        }
    }

    private static String kind(String label) {
        return label.equals("crisis") ? "suicide" : label.equals("distress") ? "crying" : label;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        for (int k = 0; k < v.length; k++) {
            v[k] /= (float) Math.sqrt(n);
        }
        return v;
    }
}
