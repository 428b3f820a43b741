package dev.mosaic.core.internal;

import dev.mosaic.core.spi.Embedder;

/**
 * An embedder that remembers, per thread, the last text it embedded: a coaching turn reads its message twice with
 * the semantic layer on (care, then matching) and pays for one embedding. A thread serves one request at a time and
 * the server gives each request its own (virtual) thread, so nothing is shared between requests or people.
 * Thread-safe.
 */
public final class RecentVectors implements Embedder {
    private record Last(String text, float[] vector) {
    }

    private final Embedder embedder;
    private final ThreadLocal<Last> last = new ThreadLocal<>();

    /**
     * Wraps an embedder.
     *
     * @param embedder the embedder
     */
    public RecentVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public String identity() {
        return embedder.identity();
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    @Override
    public float[] embed(String text) {
        Last known = last.get();
        if (known != null && known.text().equals(text)) {
            return known.vector().clone();
        }
        float[] vector = embedder.embed(text);
        last.set(new Last(text, vector.clone()));
        return vector;
    }

    @Override
    public float[][] embedAll(java.util.List<String> texts) {
        return embedder.embedAll(texts); // the wrapped embedder's own way with many texts, remembering none
    }

    /** Forgets this thread's last text and vector (called when a turn ends, so no message stays behind). */
    public void forget() {
        last.remove();
    }

    @Override
    public String toString() {
        return embedder.toString();
    }
}
