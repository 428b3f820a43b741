package dev.mosaic.semantic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The vectors of Mosaic's bundled texts (library prompts, example messages, labelled care messages), computed when
 * the module is built: a server's first start on a new data directory then has nothing to embed (it took 9 s of
 * encoding otherwise). Keyed by the first 8 bytes of each text's SHA-256, for the model file with the recorded
 * SHA-256 only; any other text, or another model file, is encoded as usual, so the table changes speed, never
 * results. {@link MiniLm#embedAll} reads the rows it is asked for and hands them on; nothing keeps the table.
 * {@code KnownVectorsTest} fails when the bundled texts change without the table being rebuilt. Immutable.
 */
final class KnownVectors {
    private static final int MAGIC = 0x4b4e5631; // "KNV1"
    private static final KnownVectors NONE = new KnownVectors(Map.of());

    private final Map<Long, float[]> vectors;

    private KnownVectors(Map<Long, float[]> vectors) {
        this.vectors = vectors;
    }

    /** {@return the table in the resource, if it was built for this model; else an empty one} */
    static KnownVectors read(String resource, String modelSha256) {
        return read(resource, modelSha256, null);
    }

    /**
     * {@return the rows of the table whose keys are wanted (all when {@code wanted} is null), if it was built for this
     * model; else an empty table}
     */
    static KnownVectors read(String resource, String modelSha256, java.util.Set<Long> wanted) {
        try (InputStream raw = MiniLm.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                return NONE;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC || !in.readUTF().equals(modelSha256)) {
                return NONE;
            }
            int count = in.readInt();
            int dimensions = in.readInt();
            Map<Long, float[]> vectors = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                long key = in.readLong();
                if (wanted != null && !wanted.contains(key)) {
                    in.skipNBytes(4L * dimensions);
                    continue;
                }
                float[] vector = new float[dimensions];
                for (int k = 0; k < dimensions; k++) {
                    vector[k] = in.readFloat();
                }
                vectors.put(key, vector);
            }
            return new KnownVectors(Map.copyOf(vectors));
        } catch (IOException e) {
            return NONE; // a damaged table costs time, never a wrong vector
        }
    }

    /**
     * {@return the vector of the text with this {@link #key}, itself and not a copy, or null when the table does not
     * hold it}: for a caller that hands it on and drops the table
     */
    float[] take(long key) {
        return vectors.get(key);
    }

    /** {@return a copy of the text's vector, or null when the text is not in the table} */
    float[] get(String text) {
        float[] vector = vectors.get(key(text));
        return vector == null ? null : vector.clone();
    }

    int size() {
        return vectors.size();
    }

    /** {@return whether the table holds exactly these texts' keys} */
    boolean holdsExactly(Iterable<String> texts) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        for (String text : texts) {
            keys.add(key(text));
        }
        return keys.equals(vectors.keySet());
    }

    /** Writes a table of these texts' vectors for that model. */
    static void write(OutputStream raw, String modelSha256, Map<String, float[]> vectors) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeUTF(modelSha256);
        out.writeInt(vectors.size());
        out.writeInt(vectors.values().iterator().next().length);
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
            out.writeLong(key(entry.getKey()));
            for (float x : entry.getValue()) {
                out.writeFloat(x);
            }
        }
        out.flush();
    }

    static long key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
