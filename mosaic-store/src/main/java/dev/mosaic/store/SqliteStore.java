package dev.mosaic.store;

import dev.mosaic.core.MosaicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The default store: one SQLite file. WAL journal, {@code synchronous=NORMAL} (a committed write survives a crash or
 * {@code kill -9} of the process; a power cut may lose the last commits), {@code busy_timeout}, foreign keys on, and
 * {@code secure_delete} so erased rows are overwritten. All writes go through one connection, one transaction at a
 * time, so writers never meet {@code SQLITE_BUSY}; reads use a small pool of their own connections and run beside
 * the writer. Thread-safe.
 */
public final class SqliteStore extends JdbiStore {
    private static final int READERS = 4;
    /** SQLite's default page size, which the schema keeps. */
    private static final int PAGE_BYTES = 4096;

    private final Path file;
    private final Jdbi jdbi;
    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Handle> readers = new ArrayBlockingQueue<>(READERS);
    private final int schemaVersion;
    /**
     * Statements kept prepared, per connection. A connection is used by one thread at a time (the writer under its
     * lock, a reader while taken from the pool), so each inner map is only touched by its connection's holder.
     */
    private final Map<Connection, Map<String, PreparedStatement>> prepared = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private SqliteStore(Path file, long maxBytes) {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        if (maxBytes > 0) {
            // Set on every connection: past it, writes fail with SQLITE_FULL while deletes still free pages.
            config.setMaxPageCount((int) Math.max(1, Math.min(Integer.MAX_VALUE, maxBytes / PAGE_BYTES)));
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        this.jdbi = quietJdbi(dataSource);
        Handle opened = null;
        try {
            opened = jdbi.open();
            Handle migrating = opened;
            schemaVersion = migrating.inTransaction(h -> Migrations.apply(h, "sqlite"));
            for (int i = 0; i < READERS; i++) {
                readers.add(jdbi.open());
            }
        } catch (JdbiException | MosaicException e) {
            if (opened != null) {
                opened.close();
            }
            readers.forEach(Handle::close);
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "cannot open or migrate the SQLite database " + file
                    + ": " + rootMessage(e), e);
        }
        this.writer = opened;
    }

    /**
     * Opens (creating if needed) a SQLite database and migrates it to the current schema.
     *
     * @param file the database file; its folder is created when missing
     * @return the store
     * @throws MosaicException with code {@code store_unavailable} when the file cannot be opened or migrated
     */
    public static SqliteStore open(Path file) {
        return open(file, 0);
    }

    /**
     * Opens (creating if needed) a SQLite database no larger than {@code maxBytes} and migrates it. A write that would
     * grow it past the limit fails ({@code SQLITE_FULL}); reads and deletes keep working, so a full store can still be
     * erased.
     *
     * @param file the database file; its folder is created when missing
     * @param maxBytes the largest the database may grow, in bytes; 0 for no limit
     * @return the store
     * @throws MosaicException with code {@code store_unavailable} when the file cannot be opened or migrated
     */
    public static SqliteStore open(Path file, long maxBytes) {
        if (maxBytes < 0) {
            throw new dev.mosaic.core.InvalidInputException("max_bytes", "must be 0 (no limit) or more, was "
                    + maxBytes);
        }
        if (file == null) {
            throw new dev.mosaic.core.InvalidInputException("database_path", "is required");
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                ownerOnly(parent, "rwx------"); // a folder this store made holds its data only
            }
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "cannot create the folder for " + file + ": "
                    + e.getMessage(), e);
        }
        // People's data: readable by this process's user only. SQLite gives the -wal and -shm files it creates the
        // mode of the database file, so the file is made (empty) with that mode before SQLite opens it.
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: SQLite creates the file with the operator's umask
            }
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                ownerOnly(part, "rw-------"); // a database made by an earlier version
            }
        }
        return new SqliteStore(file, maxBytes);
    }

    /** Restricts a file's permissions where the file system has POSIX ones; elsewhere leaves them. */
    private static void ownerOnly(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the operator's umask decides
        }
    }

    @Override
    <R> R read(Work<R> work) {
        Handle handle = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        try {
            // In short waits, so that a close while waiting is answered "closed" at once, not after 30 s.
            while (handle == null && System.nanoTime() < deadline) {
                checkOpen();
                handle = readers.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "interrupted while waiting for a connection", e);
        }
        if (handle == null) {
            throw new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "no database connection became free within 30 s");
        }
        try {
            return work.run(handle);
        } catch (RuntimeException e) {
            if (closed) {
                // Closed while this read ran: the driver's own message ("statement is not executing") says nothing.
                throw closedStore();
            }
            throw e instanceof JdbiException jdbi ? unavailable(jdbi) : e;
        } finally {
            if (closed) {
                handle.close(); // close() closed the idle ones; this one was in use
            } else {
                readers.add(handle);
                if (closed && readers.remove(handle)) {
                    handle.close(); // closed in between: close() may have missed it
                }
            }
        }
    }

    @Override
    <R> R write(Work<R> work) {
        return writeStatement(h -> {
            // Plain BEGIN/COMMIT on an auto-commit connection: two statements per transaction, where the JDBC
            // auto-commit toggling that Handle.inTransaction uses costs four.
            h.execute("BEGIN IMMEDIATE");
            R result;
            try {
                result = work.run(h);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            try {
                h.execute("COMMIT");
            } catch (JdbiException e) {
                rollback(e); // a failed COMMIT leaves the transaction open; the next BEGIN would fail forever
                throw e;
            }
            return result;
        });
    }

    private void rollback(Throwable cause) {
        try {
            writer.execute("ROLLBACK");
        } catch (JdbiException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs work on the one writer connection, one caller at a time; every write goes through here. */
    @Override
    <R> R writeStatement(Work<R> work) {
        writeLock.lock();
        try {
            checkOpen();
            return work.run(writer); // a single statement runs in auto-commit: SQLite wraps it in its own transaction
        } catch (JdbiException e) {
            throw unavailable(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Reuses the statement prepared for this SQL on this connection, so SQLite parses it once per connection. */
    @Override
    <R> R onStatement(Handle handle, String sql, StatementWork<R> work) {
        Connection connection = handle.getConnection();
        Map<String, PreparedStatement> statements = prepared.computeIfAbsent(connection, c -> new HashMap<>());
        try {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            try {
                return work.run(statement);
            } finally {
                statement.clearParameters();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** After an erasure, copy the WAL back into the database and truncate it, so the erased bytes do not linger. */
    @Override
    void afterErase() {
        writeStatement(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    /** {@return the result of {@code PRAGMA integrity_check}: {@code ok} when the file is sound} */
    public String integrityCheck() {
        return read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }

    @Override
    public String describe() {
        return "sqlite:" + file;
    }

    private void checkOpen() {
        if (closed) {
            throw closedStore();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Map<String, PreparedStatement> statements : prepared.values()) {
                for (PreparedStatement statement : statements.values()) {
                    try {
                        statement.close();
                    } catch (SQLException ignored) {
                        // the connection is closed next, which releases it anyway
                    }
                }
            }
            writer.close();
            Handle reader;
            while ((reader = readers.poll()) != null) {
                reader.close();
            }
        } finally {
            writeLock.unlock();
        }
    }
}
