package dev.mosaic.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests use: {@code MOSAIC_TEST_POSTGRES_URL} (a JDBC URL; {@code .ci/postgres-start} starts a
 * throwaway cluster and prints one). Without it the PostgreSQL tests are skipped with a loud message on a developer
 * machine, and fail in CI ({@code CI=true}), where they must run.
 */
final class TestPostgres {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    private TestPostgres() {
    }

    static String url() {
        Optional<String> url = Optional.ofNullable(System.getenv("MOSAIC_TEST_POSTGRES_URL")).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("MOSAIC_TEST_POSTGRES_URL is not set, but CI must run the PostgreSQL tests (.ci/run sets it)");
            }
            if (WARNED.compareAndSet(false, true)) {
                System.err.println("\n*** SKIPPING PostgreSQL tests: set MOSAIC_TEST_POSTGRES_URL, e.g.\n"
                        + "***   export MOSAIC_TEST_POSTGRES_URL=$(.ci/postgres-start)\n");
            }
            Assumptions.abort("MOSAIC_TEST_POSTGRES_URL is not set");
        }
        return url.get();
    }

    /** @return a JDBC URL whose default schema is a new, empty one */
    static String freshSchemaUrl() {
        String base = url();
        String schema = "mosaic_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        execute(base, "CREATE SCHEMA " + schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropSchemaOf(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
