package dev.mosaic.core.internal.triage;

import dev.mosaic.core.internal.SoftmaxWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A linear reading of a message's vector: the probability of each triage label (crisis, distress, ordinary,
 * off-topic, vague), from a softmax regression ({@link SoftmaxWeights}) trained on the labelled care examples' vectors. Beside the seven
 * nearest examples it catches off-topic requests whose nearest examples are a mix (a question about bowling strikes
 * sits near strikes at work): the weights look at every example of a label at once, where the neighbours see seven.
 *
 * <p>The weights are trained when the examples change ({@code CareLabellerTest} in mosaic-semantic, with the bundled
 * model) and shipped beside them, with a fingerprint of the examples and of their vectors: with another embedder, or
 * examples the weights were not trained on, the fingerprint differs and the reading is not used (the neighbours
 * alone decide, as before). Training here takes seconds, which a server's start should not pay.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearLabeller {
    /** The labels in the order of the weights' rows. */
    public static final List<String> LABELS = List.of("crisis", "distress", "ordinary", "off_topic", "vague");
    /** Where a career message's probability stands in {@link #probabilities}. */
    public static final int ORDINARY = LABELS.indexOf("ordinary");
    /** Where an off-topic message's probability stands in {@link #probabilities}. */
    public static final int OFF_TOPIC = LABELS.indexOf("off_topic");
    static final String RESOURCE = "/dev/mosaic/core/internal/triage/care-labeller.bin";

    private final SoftmaxWeights weights;

    private LinearLabeller(SoftmaxWeights weights) {
        this.weights = weights;
    }

    /** {@return the number of dimensions the weights expect} */
    public int dimensions() {
        return weights.dimensions();
    }

    /**
     * {@return the probability of each label, in the order of {@link #LABELS}}
     *
     * @param vector a vector with {@link #dimensions()} numbers
     */
    public double[] probabilities(float[] vector) {
        return weights.probabilities(vector);
    }

    /**
     * Trains the weights ({@link SoftmaxWeights#train}).
     *
     * @param vectors the examples' vectors, all of one length
     * @param labels each example's label, one of {@link #LABELS}
     * @param penalty the L2 penalty (1e-4 was chosen in {@code CareClassifierExperiment})
     * @param steps the number of steps (300)
     * @return the trained reading
     */
    public static LinearLabeller train(List<float[]> vectors, List<String> labels, double penalty, int steps) {
        if (vectors.size() != labels.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors, " + labels.size() + " labels");
        }
        int[] classes = new int[labels.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = LABELS.indexOf(labels.get(i));
            if (classes[i] < 0) {
                throw new IllegalArgumentException("example " + i + ": label '" + labels.get(i) + "' is not one of "
                        + LABELS);
            }
        }
        return new LinearLabeller(SoftmaxWeights.train(vectors, classes, LABELS.size(), penalty, steps));
    }

    /**
     * {@return the fingerprint of examples and their vectors ({@link SoftmaxWeights#fingerprint})}
     *
     * @param examples the examples
     * @param vectors their vectors, in the same order
     */
    public static String fingerprint(List<CareNeighbours.Example> examples, float[][] vectors) {
        return SoftmaxWeights.fingerprint(examples.stream().map(CareNeighbours.Example::message).toList(),
                examples.stream().map(CareNeighbours.Example::label).toList(), vectors);
    }

    /**
     * Writes the weights with the fingerprint of what they were trained on.
     *
     * @param out where to write (not closed)
     * @param fingerprint {@link #fingerprint} of the training examples and vectors
     * @throws IOException when writing fails
     */
    public void write(OutputStream out, String fingerprint) throws IOException {
        weights.write(out, fingerprint);
    }

    /**
     * {@return the weights in a stream, when they were trained on examples and vectors with this fingerprint}
     *
     * @param in the stream (not closed)
     * @param fingerprint the fingerprint of the examples and vectors in use
     * @throws IOException when the stream cannot be read
     */
    static Optional<LinearLabeller> read(InputStream in, String fingerprint) throws IOException {
        return SoftmaxWeights.read(in, fingerprint, LABELS.size()).map(LinearLabeller::new);
    }

    /**
     * {@return the bundled weights, when they were trained on these examples with these vectors; empty otherwise
     * (another embedder, or examples changed since), and then the neighbours alone read off-topic}
     *
     * @param examples the examples in use
     * @param vectors their vectors
     */
    public static Optional<LinearLabeller> bundled(List<CareNeighbours.Example> examples, float[][] vectors) {
        return SoftmaxWeights.bundled(LinearLabeller.class, RESOURCE, fingerprint(examples, vectors), LABELS.size(),
                "the care labeller", "off-topic is read by the nearest examples alone").map(LinearLabeller::new);
    }
}
