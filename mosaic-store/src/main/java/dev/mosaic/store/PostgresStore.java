package dev.mosaic.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mosaic.core.MosaicException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The store for several servers sharing one database: PostgreSQL through a small connection pool. Nothing is kept on
 * local disk (uploaded bytes live in the database), so any server behind a load balancer can serve any session.
 * Migrations run at start-up under an advisory lock, so servers starting together migrate once. Thread-safe.
 */
public final class PostgresStore extends JdbiStore {
    /** Any fixed number: the key of the advisory lock that serialises migrations across servers. */
    private static final long MIGRATION_LOCK = 0x4d6f73616963L; // "Mosaic"
    private static final int POOL_SIZE = 8;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String description;
    private final int schemaVersion;

    private PostgresStore(String jdbcUrl, String user, String password, String description) {
        this.description = description;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        // PostgreSQL's error detail quotes the values of the row ("Key (id)=(...) already exists"): keep it out of
        // exception messages, and so out of the log.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("mosaic-postgres");
        try {
            this.dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "cannot connect to PostgreSQL at " + description + ": "
                    + rootMessage(e), e);
        }
        this.jdbi = quietJdbi(dataSource);
        try {
            this.schemaVersion = jdbi.inTransaction(h -> {
                h.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", MIGRATION_LOCK).mapToMap().one();
                return Migrations.apply(h, "postgresql");
            });
        } catch (JdbiException | MosaicException e) {
            dataSource.close();
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "cannot migrate the PostgreSQL database at " + description
                    + ": " + rootMessage(e), e);
        }
    }

    /**
     * The PostgreSQL driver and HikariCP are optional dependencies of mosaic-store (a SQLite application does not get
     * them): without them, say which to add instead of failing on a missing class.
     */
    private static void requireDriverAndPool() {
        for (String[] needed : new String[][] {{"org.postgresql.Driver", "org.postgresql:postgresql"},
                {"com.zaxxer.hikari.HikariDataSource", "com.zaxxer:HikariCP"}}) {
            try {
                Class.forName(needed[0], false, PostgresStore.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "PostgreSQL needs " + needed[1]
                        + " (and " + (needed[1].contains("Hikari") ? "org.postgresql:postgresql" : "com.zaxxer:HikariCP")
                        + "): add them to the application's dependencies; mosaic-bom has the versions Mosaic is tested "
                        + "with");
            }
        }
    }

    /**
     * Connects to PostgreSQL and migrates the schema.
     *
     * @param url {@code postgres://user:password@host:port/database} (as hosts hand it out) or a JDBC URL
     *            {@code jdbc:postgresql://host:port/database?user=...&password=...}
     * @return the store
     * @throws MosaicException with code {@code store_unavailable} when the database cannot be reached or migrated
     */
    public static PostgresStore open(String url) {
        if (url == null || url.isBlank()) {
            throw new dev.mosaic.core.InvalidInputException("database_url", "is required");
        }
        requireDriverAndPool();
        if (url.startsWith("jdbc:postgresql://")) {
            return new PostgresStore(url, null, null, safe(url));
        }
        try {
            URI uri = new URI(url);
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
            }
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new PostgresStore(jdbc, user, password, safe(url));
        } catch (URISyntaxException e) {
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "DATABASE_URL is not a valid URL", e);
        }
    }

    private static String safe(String url) {
        return url.replaceAll("//[^@/]*@", "//***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private volatile boolean closed;

    @Override
    <R> R read(Work<R> work) {
        return open(() -> jdbi.withHandle(work::run));
    }

    @Override
    <R> R write(Work<R> work) {
        return open(() -> jdbi.inTransaction(work::run));
    }

    /** Runs a call, answering {@code closed} after {@link #close}, also for a call that was running when it came. */
    private <R> R open(java.util.function.Supplier<R> call) {
        if (closed) {
            throw closedStore();
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (closed) {
                throw closedStore();
            }
            throw e instanceof JdbiException jdbi ? unavailable(jdbi) : e;
        }
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public String describe() {
        return "postgresql:" + description;
    }

    @Override
    public void close() {
        closed = true;
        dataSource.close();
    }
}
