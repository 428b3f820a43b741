package dev.mosaic.core.spi;

/**
 * Turns text into a vector whose direction carries its meaning, for the semantic half of prompt matching
 * ({@code mosaic-semantic}'s MiniLM, or an application's own embedding service). Implementations are thread-safe,
 * work without the network unless they say otherwise, and return vectors of unit length so that a dot product is
 * the cosine similarity.
 */
public interface Embedder {
    /** {@return a short name for logs and health, e.g. {@code all-MiniLM-L6-v2-q}} */
    String name();

    /**
     * {@return what identifies the exact model: its SHA-256 in hex for a bundled model file, or a version an
     * application controls}. Vectors cached for one identity are never reused for another.
     */
    String identity();

    /** {@return the length of every vector} */
    int dimensions();

    /**
     * {@return the unit-length vector of the text, in a new array the caller owns}
     *
     * @param text any text; a very long one may be cut to the model's input limit
     * @throws dev.mosaic.core.MosaicException when the text cannot be embedded (Mosaic then ranks lexically)
     */
    float[] embed(String text);

    /**
     * {@return the vectors of many texts, in order, each as {@link #embed} gives it, in new arrays the caller owns}
     * Mosaic embeds its library, example and care texts this way once per process (or reads them from its vector
     * cache). The default embeds them one by one; an embedder may do better: {@code mosaic-semantic}'s MiniLM answers
     * Mosaic's bundled texts from a table built with the module, and keeps no copy of it afterwards.
     *
     * @param texts the texts
     * @throws dev.mosaic.core.MosaicException when a text cannot be embedded
     */
    default float[][] embedAll(java.util.List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embed(texts.get(i));
        }
        return vectors;
    }
}
