package dev.mosaic.store;

import dev.mosaic.core.spi.Store;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Registers this module's stores with {@link Store#open(String)}: {@code sqlite:PATH} opens a {@link SqliteStore},
 * {@code postgres://}, {@code postgresql://} and {@code jdbc:postgresql://} URLs open a {@link PostgresStore}.
 * Public only because the service loader needs it on the class path; use {@link Store#open(String)}.
 */
public final class JdbcStoreProvider implements Store.Provider {
    /** For the service loader. */
    public JdbcStoreProvider() {
    }

    @Override
    public boolean accepts(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("sqlite:") || lower.startsWith("postgres://") || lower.startsWith("postgresql://")
                || lower.startsWith("jdbc:postgresql://");
    }

    @Override
    public Store open(String location) {
        if (location.toLowerCase(Locale.ROOT).startsWith("sqlite:")) {
            return SqliteStore.open(Path.of(location.substring("sqlite:".length())));
        }
        return PostgresStore.open(location);
    }
}
