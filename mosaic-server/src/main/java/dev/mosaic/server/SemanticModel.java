package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import dev.mosaic.semantic.MiniLm;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The server's one embedding model, loaded on first use and kept for the life of the process: it is immutable and
 * thread-safe, and a server stopped and started again in the same JVM (the tests do it often) reuses it. When it
 * cannot load (an unsupported platform, a temporary folder without room or rights for ONNX Runtime's native
 * library), the server says so once and matches lexically: coaching goes on, and {@code /health} shows which
 * matcher is active.
 */
final class SemanticModel {
    private static final System.Logger LOG = System.getLogger(SemanticModel.class.getName());
    private static Optional<MiniLm> loaded;

    private SemanticModel() {
    }

    static synchronized Optional<MiniLm> shared() {
        if (loaded == null) {
            try {
                // Success is told by the "listening on" line; a start-up that fails later stays one line long.
                loaded = Optional.of(MiniLm.load());
            } catch (MosaicException e) {
                LOG.log(Level.WARNING, "semantic matching unavailable, matching lexically: " + e.getMessage()
                        + " (MOSAIC_SEMANTIC=off silences this)");
                loaded = Optional.empty();
            }
        }
        return loaded;
    }
}
