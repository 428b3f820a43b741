package dev.mosaic.store;

import dev.mosaic.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Mosaic keeps its data: a SQLite file (the default) or a PostgreSQL database shared by several servers.
 * A plain value the server fills from its environment. The URL's password never appears in {@link #toString()}.
 *
 * @param sqlitePath the SQLite database file, used when no PostgreSQL URL is given
 * @param postgresUrl a PostgreSQL URL ({@code postgres://user:pass@host:5432/db} or {@code jdbc:postgresql://...})
 * @param sqliteMaxBytes the largest the SQLite database may grow (0 for no limit); past it writes fail and deletes
 *     still work
 */
public record StoreSettings(Path sqlitePath, Optional<String> postgresUrl, long sqliteMaxBytes) {
    /** Validates the URL form and the size. */
    public StoreSettings {
        if (sqliteMaxBytes < 0) {
            throw new InvalidInputException("sqlite_max_bytes", "must be 0 (no limit) or more");
        }
        if (sqlitePath == null) {
            throw new InvalidInputException("database_path", "is required");
        }
        if (postgresUrl == null) {
            throw new InvalidInputException("database_url", "must be present or empty, not null");
        }
        postgresUrl.ifPresent(url -> {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("postgres://") || lower.startsWith("postgresql://")
                    || lower.startsWith("jdbc:postgresql://"))) {
                throw new InvalidInputException("database_url",
                        "must start with postgres://, postgresql:// or jdbc:postgresql://");
            }
        });
    }

    /**
     * Settings without a limit on the SQLite file's size.
     *
     * @param sqlitePath the SQLite database file, used when no PostgreSQL URL is given
     * @param postgresUrl a PostgreSQL URL, or empty
     */
    public StoreSettings(Path sqlitePath, Optional<String> postgresUrl) {
        this(sqlitePath, postgresUrl, 0);
    }

    /**
     * {@return settings for that file}
     *
     * @param sqlitePath the SQLite file
     */
    public static StoreSettings sqlite(Path sqlitePath) {
        return new StoreSettings(sqlitePath, Optional.empty());
    }

    /** {@return {@code postgresql} when a URL is set, otherwise {@code sqlite}} */
    public String kind() {
        return postgresUrl.isPresent() ? "postgresql" : "sqlite";
    }

    /**
     * Opens the store these settings describe: PostgreSQL when a URL is set, otherwise the SQLite file.
     *
     * @return the opened, migrated store
     * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when it cannot be opened
     */
    public dev.mosaic.core.spi.Store open() {
        return postgresUrl.<dev.mosaic.core.spi.Store>map(PostgresStore::open)
                .orElseGet(() -> SqliteStore.open(sqlitePath, sqliteMaxBytes));
    }

    @Override
    public String toString() {
        return "StoreSettings[" + (postgresUrl.isPresent()
                ? "postgresql " + postgresUrl.get().replaceAll("//[^@/]*@", "//***@")
                        .replaceAll("(?i)(password=)[^&]*", "$1***")
                : "sqlite " + sqlitePath) + "]";
    }
}
