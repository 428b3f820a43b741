package dev.mosaic.core.internal.triage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A linear reading of a message's vector: the probability of each triage label (crisis, distress, ordinary,
 * off-topic, vague), from a softmax regression trained on the labelled care examples' vectors. Beside the seven
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
    private static final int MAGIC = 0x4c4c4231; // "LLB1"
    /** How many example vectors the fingerprint reads besides every text and label: enough to tell embedders apart. */
    private static final int FINGERPRINT_VECTORS = 64;
    private static final System.Logger LOG = System.getLogger(LinearLabeller.class.getName());

    /** One row per label: the weights for each dimension, then the bias. */
    private final float[][] weights;

    private LinearLabeller(float[][] weights) {
        this.weights = weights;
    }

    /** {@return the number of dimensions the weights expect} */
    public int dimensions() {
        return weights[0].length - 1;
    }

    /**
     * {@return the probability of each label, in the order of {@link #LABELS}}
     *
     * @param vector a vector with {@link #dimensions()} numbers
     */
    public double[] probabilities(float[] vector) {
        if (vector.length != dimensions()) {
            throw new IllegalArgumentException("a vector of " + vector.length + " numbers, the weights take "
                    + dimensions());
        }
        double[] p = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            p[c] = score(weights[c], vector);
            max = Math.max(max, p[c]);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static double score(float[] row, float[] x) {
        double z = row[x.length];
        for (int k = 0; k < x.length; k++) {
            z += row[k] * x[k];
        }
        return z;
    }

    /**
     * Trains the weights: full-batch Adam on the cross-entropy, with an L2 penalty on the weights (not the biases),
     * from zero weights, so the same examples and vectors always give the same weights.
     *
     * @param vectors the examples' vectors, all of one length
     * @param labels each example's label, one of {@link #LABELS}
     * @param penalty the L2 penalty (1e-4 was chosen in {@code CareClassifierExperiment})
     * @param steps the number of steps (300)
     * @return the trained reading
     */
    public static LinearLabeller train(List<float[]> vectors, List<String> labels, double penalty, int steps) {
        if (vectors.isEmpty() || vectors.size() != labels.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors, " + labels.size() + " labels");
        }
        int n = vectors.size();
        int d = vectors.get(0).length + 1;
        int classes = LABELS.size();
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            ys[i] = LABELS.indexOf(labels.get(i));
            if (ys[i] < 0 || vectors.get(i).length != d - 1) {
                throw new IllegalArgumentException("example " + i + ": label '" + labels.get(i) + "', "
                        + vectors.get(i).length + " numbers");
            }
        }
        double[][] w = new double[classes][d];
        double[][] m = new double[classes][d];
        double[][] v = new double[classes][d];
        double[] p = new double[classes];
        double rate = 0.05;
        for (int step = 1; step <= steps; step++) {
            double[][] g = new double[classes][d];
            for (int i = 0; i < n; i++) {
                float[] x = vectors.get(i);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    double z = w[c][d - 1];
                    for (int k = 0; k < d - 1; k++) {
                        z += w[c][k] * x[k];
                    }
                    p[c] = z;
                    max = Math.max(max, z);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    p[c] = Math.exp(p[c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < classes; c++) {
                    double err = p[c] / sum - (ys[i] == c ? 1 : 0);
                    for (int k = 0; k < d - 1; k++) {
                        g[c][k] += err * x[k];
                    }
                    g[c][d - 1] += err;
                }
            }
            double correct1 = 1 - Math.pow(0.9, step);
            double correct2 = 1 - Math.pow(0.999, step);
            for (int c = 0; c < classes; c++) {
                for (int k = 0; k < d; k++) {
                    double grad = g[c][k] / n + (k < d - 1 ? penalty * w[c][k] : 0);
                    m[c][k] = 0.9 * m[c][k] + 0.1 * grad;
                    v[c][k] = 0.999 * v[c][k] + 0.001 * grad * grad;
                    w[c][k] -= rate * (m[c][k] / correct1) / (Math.sqrt(v[c][k] / correct2) + 1e-8);
                }
            }
        }
        float[][] out = new float[classes][d];
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < d; k++) {
                out[c][k] = (float) w[c][k];
            }
        }
        return new LinearLabeller(out);
    }

    /**
     * {@return the fingerprint of examples and their vectors: the SHA-256 of every text and label and of the first
     * vectors' exact numbers}
     *
     * @param examples the examples
     * @param vectors their vectors, in the same order
     */
    public static String fingerprint(List<CareNeighbours.Example> examples, float[][] vectors) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CareNeighbours.Example e : examples) {
                sha.update(e.message().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.label().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            byte[] bits = new byte[4];
            for (int i = 0; i < Math.min(FINGERPRINT_VECTORS, vectors.length); i++) {
                for (float f : vectors[i]) {
                    int b = Float.floatToIntBits(f);
                    bits[0] = (byte) (b >>> 24);
                    bits[1] = (byte) (b >>> 16);
                    bits[2] = (byte) (b >>> 8);
                    bits[3] = (byte) b;
                    sha.update(bits);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes the weights with the fingerprint of what they were trained on.
     *
     * @param out where to write (not closed)
     * @param fingerprint {@link #fingerprint} of the training examples and vectors
     * @throws IOException when writing fails
     */
    public void write(OutputStream out, String fingerprint) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeUTF(fingerprint);
        data.writeInt(weights.length);
        data.writeInt(weights[0].length);
        for (float[] row : weights) {
            for (float f : row) {
                data.writeFloat(f);
            }
        }
        data.flush();
    }

    /**
     * {@return the weights in a stream, when they were trained on examples and vectors with this fingerprint}
     *
     * @param in the stream (not closed)
     * @param fingerprint the fingerprint of the examples and vectors in use
     * @throws IOException when the stream cannot be read
     */
    static Optional<LinearLabeller> read(InputStream in, String fingerprint) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 14));
        if (data.readInt() != MAGIC || !data.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        int rows = data.readInt();
        int columns = data.readInt();
        if (rows != LABELS.size() || columns < 2) {
            return Optional.empty();
        }
        float[][] weights = new float[rows][columns];
        for (float[] row : weights) {
            for (int k = 0; k < columns; k++) {
                row[k] = data.readFloat();
            }
        }
        return Optional.of(new LinearLabeller(weights));
    }

    /**
     * {@return the bundled weights, when they were trained on these examples with these vectors; empty otherwise
     * (another embedder, or examples changed since), and then the neighbours alone read off-topic}
     *
     * @param examples the examples in use
     * @param vectors their vectors
     */
    public static Optional<LinearLabeller> bundled(List<CareNeighbours.Example> examples, float[][] vectors) {
        try (InputStream in = LinearLabeller.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Optional<LinearLabeller> read = read(in, fingerprint(examples, vectors));
            if (read.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "the care labeller's weights were trained for other examples or "
                        + "another embedder; off-topic is read by the nearest examples alone");
            }
            return read;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the care labeller's weights: " + e);
            return Optional.empty();
        }
    }
}
