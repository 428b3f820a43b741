package dev.mosaic.core.internal.prompts;

import dev.mosaic.core.spi.Embedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vectors of a library's prompts and examples, computed once per library, example set and model: embedding the
 * 930 texts takes about two seconds, reading them back a few milliseconds. The cache file is named by the SHA-256 of
 * the texts and the embedder's identity, so a changed library or model never reads stale vectors; it is written to
 * a temporary file and moved into place, so a crash never leaves half a file under the real name.
 */
public final class LibraryVectors {
    private static final System.Logger LOG = System.getLogger(LibraryVectors.class.getName());
    private static final int MAGIC = 0x4d4f5631; // "MOV1"

    /**
     * The last few sets computed or read in this process, by key: a second Mosaic over the same library and model
     * (tests, a server restarted in-process, a library switched back) costs nothing. The rows are never written
     * after they are made, so sharing them is safe.
     */
    private static final Map<String, float[][]> RECENT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
            return size() > 4;
        }
    };

    private LibraryVectors() {
    }

    /**
     * {@return the vectors of the texts, from the cache when it holds them, else embedded (and cached)}
     *
     * @param texts the texts, in order
     * @param embedder the embedder
     * @param cache the cache folder, or empty to always embed
     */
    public static float[][] of(List<String> texts, Embedder embedder, Optional<Path> cache) {
        String key = key(texts, embedder);
        float[][] recent;
        synchronized (RECENT) {
            recent = RECENT.get(key);
        }
        if (recent != null) {
            // Known in this process; this cache folder still gets its copy, for the next process.
            cache.map(dir -> dir.resolve(key + ".vectors")).filter(f -> !Files.isRegularFile(f))
                    .ifPresent(f -> write(f, recent));
            return recent;
        }
        float[][] vectors = cachedOrEmbedded(key, texts, embedder, cache);
        synchronized (RECENT) {
            RECENT.put(key, vectors);
        }
        return vectors;
    }

    private static float[][] cachedOrEmbedded(String key, List<String> texts, Embedder embedder,
                                              Optional<Path> cache) {
        Optional<Path> file = cache.map(dir -> dir.resolve(key + ".vectors"));
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                float[][] read = read(file.get(), texts.size(), embedder.dimensions());
                LOG.log(System.Logger.Level.DEBUG, "library vectors read from " + file.get());
                return read;
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring the unreadable vector cache " + file.get() + ": " + e);
            }
        }
        float[][] vectors = embedder.embedAll(texts);
        if (vectors.length != texts.size()) {
            throw new IllegalStateException(embedder.name() + " returned " + vectors.length + " vectors for "
                    + texts.size() + " texts");
        }
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != embedder.dimensions()) {
                throw new IllegalStateException(embedder.name() + " returned " + vectors[i].length
                        + " dimensions, not the " + embedder.dimensions() + " it declares");
            }
        }
        file.ifPresent(f -> write(f, vectors));
        return vectors;
    }

    /** Empties the in-process cache (tests of the file cache). */
    static void forgetRecent() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }

    static String key(List<String> texts, Embedder embedder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((embedder.name() + "\n" + embedder.identity() + "\n" + embedder.dimensions() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static float[][] read(Path file, int count, int dimensions) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != count || in.readInt() != dimensions) {
                throw new IllegalStateException("the header does not match " + count + " vectors of " + dimensions);
            }
            float[][] vectors = new float[count][dimensions];
            for (float[] vector : vectors) {
                for (int k = 0; k < dimensions; k++) {
                    vector[k] = in.readFloat();
                }
            }
            return vectors;
        }
    }

    private static void write(Path file, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".vectors-", ".tmp");
            try {
                try (OutputStream raw = Files.newOutputStream(temporary);
                     DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
                    out.writeInt(MAGIC);
                    out.writeInt(vectors.length);
                    out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                    for (float[] vector : vectors) {
                        for (float x : vector) {
                            out.writeFloat(x);
                        }
                    }
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // A read-only or full disk costs the next start-up two seconds; it must not stop this one.
            LOG.log(System.Logger.Level.WARNING, "cannot cache library vectors in " + file.getParent() + ": " + e);
        }
    }
}
