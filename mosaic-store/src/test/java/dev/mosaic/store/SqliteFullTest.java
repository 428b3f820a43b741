package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store with a size limit (issue 16, B5): full, it refuses writes as store_full and can still be erased. */
class SqliteFullTest {
    @TempDir
    Path folder;

    @Test
    void aFullStoreRefusesWritesAsFullAndCanStillBeErased() throws Exception {
        try (SqliteStore store = SqliteStore.open(folder.resolve("small.db"), 512 * 1024)) {
            Instant now = Instant.parse("2026-11-30T12:00:00Z");
            SessionId id = SessionId.random(new SplittableRandom(1));
            store.createSession(new Session(id, now, now.plus(Duration.ofDays(1))));
            byte[] bytes = new byte[64 * 1024];
            new SplittableRandom(2).nextBytes(bytes);
            MosaicException full = null;
            int stored = 0;
            for (int i = 0; i < 20 && full == null; i++) {
                Upload upload = new Upload("u" + i, "cv.txt", DocumentReader.Type.TXT, bytes.length, "text " + i, now);
                full = catchThrowableOfType(MosaicException.class, () -> store.addUpload(id, upload, bytes));
                stored += full == null ? 1 : 0;
            }
            assertThat(full).as("a write past 512 KB").isNotNull();
            assertThat(full.code()).isEqualTo(MosaicException.Code.STORE_FULL);
            assertThat(stored).isBetween(3, 8);
            assertThat(store.uploads(id)).as("reads still work").hasSize(stored);
            assertThat(store.deleteSession(id)).as("erasure still works").isTrue();
            assertThat(store.uploads(id)).isEmpty();
            SessionId next = SessionId.random(new SplittableRandom(3));
            store.createSession(new Session(next, now, now.plus(Duration.ofDays(1))));
            store.addUpload(next, new Upload("n1", "cv.txt", DocumentReader.Type.TXT, bytes.length, "again", now), bytes);
            assertThat(store.uploads(next)).as("room again after the erasure").hasSize(1);
            assertThat(Files.size(folder.resolve("small.db"))).isLessThanOrEqualTo(512 * 1024 + 4096);
        }
    }

    /** W11: the database was created 0644 in a 0755 folder. People's data is now its owner's alone. */
    @Test
    void theDatabaseAndAFolderItMadeAreTheOwnersAlone() throws Exception {
        Path file = folder.resolve("made/for/mosaic.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            Instant now = Instant.parse("2026-11-30T12:00:00Z");
            store.createSession(new Session(SessionId.random(new SplittableRandom(4)), now, now.plusSeconds(60)));
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = file.resolveSibling("mosaic.db" + suffix);
                if (Files.exists(part)) {
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(part))).as(part.toString()).isEqualTo("rw-------");
                }
            }
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    file.getParent()))).isEqualTo("rwx------");
        }
    }
}
