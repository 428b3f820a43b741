package dev.mosaic.core.internal;

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
 * A softmax regression over sentence vectors: one row of weights (and a bias) per label, trained on labelled
 * examples' vectors. It reads every example of a label at once, where nearest neighbours see a handful: the care
 * labeller (triage's off-topic reading) and the topic reading of the prompt matcher both use it. Weights are trained
 * offline when the examples change and shipped with a fingerprint of what they were trained on, so that another
 * embedder or other examples never meet weights that were not made for them.
 *
 * <p>Immutable and thread-safe.
 */
public final class SoftmaxWeights {
    private static final int MAGIC = 0x4c4c4231; // "LLB1", the format the care labeller has shipped since round 17
    /** How many example vectors the fingerprint reads besides every text and label: enough to tell embedders apart. */
    private static final int FINGERPRINT_VECTORS = 64;
    private static final System.Logger LOG = System.getLogger(SoftmaxWeights.class.getName());

    /** One row per label: the weights for each dimension, then the bias. */
    private final float[][] weights;

    private SoftmaxWeights(float[][] weights) {
        this.weights = weights;
    }

    /** {@return the number of dimensions the weights expect} */
    public int dimensions() {
        return weights[0].length - 1;
    }

    /**
     * {@return the probability of each label, in the order of the rows}
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
            float[] row = weights[c];
            double z = row[vector.length];
            for (int k = 0; k < vector.length; k++) {
                z += row[k] * vector[k];
            }
            p[c] = z;
            max = Math.max(max, z);
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

    /**
     * Trains the weights: full-batch Adam on the cross-entropy, with an L2 penalty on the weights (not the biases),
     * from zero weights, so the same examples and vectors always give the same weights.
     *
     * @param vectors the examples' vectors, all of one length
     * @param labels each example's label, an index below {@code count}
     * @param count the number of labels
     * @param penalty the L2 penalty
     * @param steps the number of steps
     * @return the trained weights
     */
    public static SoftmaxWeights train(List<float[]> vectors, int[] labels, int count, double penalty, int steps) {
        if (vectors.isEmpty() || vectors.size() != labels.length) {
            throw new IllegalArgumentException(vectors.size() + " vectors, " + labels.length + " labels");
        }
        if (count < 2) {
            throw new IllegalArgumentException("count must be at least 2, was " + count);
        }
        int n = vectors.size();
        int d = vectors.get(0).length + 1;
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= count || vectors.get(i).length != d - 1) {
                throw new IllegalArgumentException("example " + i + ": label " + labels[i] + " of " + count + ", "
                        + vectors.get(i).length + " numbers");
            }
        }
        double[][] w = new double[count][d];
        double[][] m = new double[count][d];
        double[][] v = new double[count][d];
        double[] p = new double[count];
        double rate = 0.05;
        for (int step = 1; step <= steps; step++) {
            double[][] g = new double[count][d];
            for (int i = 0; i < n; i++) {
                float[] x = vectors.get(i);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < count; c++) {
                    double z = w[c][d - 1];
                    for (int k = 0; k < d - 1; k++) {
                        z += w[c][k] * x[k];
                    }
                    p[c] = z;
                    max = Math.max(max, z);
                }
                double sum = 0;
                for (int c = 0; c < count; c++) {
                    p[c] = Math.exp(p[c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < count; c++) {
                    double err = p[c] / sum - (labels[i] == c ? 1 : 0);
                    for (int k = 0; k < d - 1; k++) {
                        g[c][k] += err * x[k];
                    }
                    g[c][d - 1] += err;
                }
            }
            double correct1 = 1 - Math.pow(0.9, step);
            double correct2 = 1 - Math.pow(0.999, step);
            for (int c = 0; c < count; c++) {
                for (int k = 0; k < d; k++) {
                    double grad = g[c][k] / n + (k < d - 1 ? penalty * w[c][k] : 0);
                    m[c][k] = 0.9 * m[c][k] + 0.1 * grad;
                    v[c][k] = 0.999 * v[c][k] + 0.001 * grad * grad;
                    w[c][k] -= rate * (m[c][k] / correct1) / (Math.sqrt(v[c][k] / correct2) + 1e-8);
                }
            }
        }
        float[][] out = new float[count][d];
        for (int c = 0; c < count; c++) {
            for (int k = 0; k < d; k++) {
                out[c][k] = (float) w[c][k];
            }
        }
        return new SoftmaxWeights(out);
    }

    /**
     * {@return the fingerprint of labelled texts and their vectors: the SHA-256 of every text and label and of the
     * first vectors' exact numbers}
     *
     * @param texts the texts, in order
     * @param labels their labels, in the same order
     * @param vectors their vectors, in the same order
     */
    public static String fingerprint(List<String> texts, List<String> labels, float[][] vectors) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < texts.size(); i++) {
                sha.update(texts.get(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(labels.get(i).getBytes(StandardCharsets.UTF_8));
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
     * @param fingerprint {@link #fingerprint} of the training texts and vectors
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
     * {@return the weights shipped as a resource beside {@code owner}, when they were trained with this fingerprint
     * for this many labels; empty otherwise (absent, another embedder, other examples), with a line in the log}
     *
     * @param owner the class the resource sits beside
     * @param resource the resource's absolute name
     * @param fingerprint the fingerprint of the texts and vectors in use
     * @param labels the number of labels expected
     * @param name what the weights are, for the log ("the care labeller")
     * @param without what happens without them, for the log
     */
    public static Optional<SoftmaxWeights> bundled(Class<?> owner, String resource, String fingerprint, int labels,
                                                   String name, String without) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Optional<SoftmaxWeights> read = read(in, fingerprint, labels);
            if (read.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, name + "'s weights were trained for other examples or another "
                        + "embedder; " + without);
            }
            return read;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + name + "'s weights: " + e);
            return Optional.empty();
        }
    }

    /**
     * {@return the weights in a stream, when they were trained with this fingerprint for this many labels}
     *
     * @param in the stream (not closed)
     * @param fingerprint the fingerprint of the texts and vectors in use
     * @param labels the number of labels expected
     * @throws IOException when the stream cannot be read
     */
    public static Optional<SoftmaxWeights> read(InputStream in, String fingerprint, int labels) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 14));
        if (data.readInt() != MAGIC || !data.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        int rows = data.readInt();
        int columns = data.readInt();
        if (rows != labels || columns < 2) {
            return Optional.empty();
        }
        float[][] weights = new float[rows][columns];
        for (float[] row : weights) {
            for (int k = 0; k < columns; k++) {
                row[k] = data.readFloat();
            }
        }
        return Optional.of(new SoftmaxWeights(weights));
    }
}
