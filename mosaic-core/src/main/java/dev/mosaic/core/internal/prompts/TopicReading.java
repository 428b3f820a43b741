package dev.mosaic.core.internal.prompts;

import dev.mosaic.core.internal.SoftmaxWeights;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A linear reading of a message's topic: the probability of each library tag, from a softmax regression
 * ({@link SoftmaxWeights}) trained on the example messages' vectors ({@code prompts/examples.csv}). Where the nearest
 * examples see five messages, the weights have seen all 1,784, so a message worded unlike any single example still
 * reads towards its topic. It is one more vote in {@link SemanticRanker}'s fusion.
 *
 * <p>The weights are trained when the examples change ({@code TopicReadingTest} in mosaic-semantic, with the bundled
 * model) and shipped with a fingerprint of the examples and their vectors; with another embedder, or other examples,
 * the fingerprint differs and the fusion goes on without this vote.
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicReading {
    static final String RESOURCE = "/dev/mosaic/core/internal/prompts/topic-reading.bin";
    /** The L2 penalty and the steps, as for the care labeller (the better of 1e-4 and 1e-3 on the tuning half). */
    public static final double PENALTY = 1e-4;
    /** Full-batch steps of training. */
    public static final int STEPS = 300;

    private final List<String> tags;
    private final SoftmaxWeights weights;

    private TopicReading(List<String> tags, SoftmaxWeights weights) {
        this.tags = tags;
        this.weights = weights;
    }

    /** {@return the tags, in the order of {@link #probabilities}: the examples' tags, sorted} */
    public List<String> tags() {
        return tags;
    }

    /**
     * {@return the probability of each tag, in the order of {@link #tags()}}
     *
     * @param vector the message's vector
     */
    public double[] probabilities(float[] vector) {
        return weights.probabilities(vector);
    }

    /**
     * Trains the reading on examples and their vectors.
     *
     * @param examples the examples
     * @param vectors their vectors, in the same order
     * @return the trained reading
     */
    public static TopicReading train(List<SemanticRanker.Example> examples, float[][] vectors) {
        if (examples.size() != vectors.length) {
            throw new IllegalArgumentException(examples.size() + " examples, " + vectors.length + " vectors");
        }
        List<String> tags = tagsOf(examples);
        int[] labels = examples.stream().mapToInt(e -> tags.indexOf(e.tag())).toArray();
        return new TopicReading(tags, SoftmaxWeights.train(Arrays.asList(vectors), labels, tags.size(), PENALTY,
                STEPS));
    }

    /**
     * {@return the fingerprint of the examples and their vectors ({@link SoftmaxWeights#fingerprint})}
     *
     * @param examples the examples
     * @param vectors their vectors, in the same order
     */
    public static String fingerprint(List<SemanticRanker.Example> examples, float[][] vectors) {
        return SoftmaxWeights.fingerprint(examples.stream().map(SemanticRanker.Example::message).toList(),
                examples.stream().map(SemanticRanker.Example::tag).toList(), vectors);
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
     * {@return the bundled weights, when they were trained on these examples with these vectors; empty otherwise}
     *
     * @param examples the examples in use
     * @param vectors their vectors, in the same order
     */
    public static Optional<TopicReading> bundled(List<SemanticRanker.Example> examples, float[][] vectors) {
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        List<String> tags = tagsOf(examples);
        return SoftmaxWeights.bundled(TopicReading.class, RESOURCE, fingerprint(examples, vectors), tags.size(),
                "the topic reading", "topics are read without it").map(w -> new TopicReading(tags, w));
    }

    private static List<String> tagsOf(List<SemanticRanker.Example> examples) {
        return examples.stream().map(SemanticRanker.Example::tag).distinct().sorted().toList();
    }
}
