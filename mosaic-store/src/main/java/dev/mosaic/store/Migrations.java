package dev.mosaic.store;

import dev.mosaic.core.MosaicException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Versioned schema migrations, applied at start-up inside one transaction: the schema either moves to the newest
 * version or stays as it was. Each dialect has its own SQL files ({@code migrations/<dialect>/V<n>__<name>.sql}), so
 * SQLite syntax never reaches PostgreSQL. The applied versions are recorded in {@code mosaic_schema}.
 */
final class Migrations {
    /** The migrations, in order; a new one is appended here and as a file for each dialect. */
    static final List<String> FILES = List.of("V1__initial_schema.sql", "V2__turn_numbers_and_states.sql",
            "V3__turn_facts_and_next_steps.sql");

    private Migrations() {
    }

    static int latest() {
        return FILES.size();
    }

    /**
     * Brings the schema to the newest version. The caller has started a transaction and, on PostgreSQL, taken the
     * migration lock, so two servers starting together migrate once.
     *
     * @return the schema version now in place
     */
    static int apply(Handle handle, String dialect) {
        handle.execute("CREATE TABLE IF NOT EXISTS mosaic_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                + "applied_at TEXT NOT NULL)");
        int current = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM mosaic_schema")
                .mapTo(Integer.class).one();
        if (current > latest()) {
            throw new MosaicException(MosaicException.Code.STORE_TOO_NEW, "the database has schema version " + current
                    + " but this Mosaic knows only up to " + latest() + "; upgrade Mosaic");
        }
        for (int version = current + 1; version <= latest(); version++) {
            String file = FILES.get(version - 1);
            for (String statement : statements(read(dialect, file))) {
                handle.execute(statement);
            }
            handle.createUpdate("INSERT INTO mosaic_schema (version, name, applied_at) VALUES (:v, :n, :at)")
                    .bind("v", version).bind("n", file).bind("at", java.time.Instant.now().toString()).execute();
        }
        return latest();
    }

    /** Splits a migration file into statements at semicolons that end a line; comments are dropped. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String dialect, String file) {
        String resource = "migrations/" + dialect + "/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MosaicException(MosaicException.Code.STORE_MIGRATION_MISSING, resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.STORE_MIGRATION_MISSING, "cannot read " + resource, e);
        }
    }
}
