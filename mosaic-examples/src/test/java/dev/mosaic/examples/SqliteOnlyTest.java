package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples depend on mosaic-store as a SQLite application does: the PostgreSQL driver and HikariCP are optional
 * dependencies of mosaic-store, so they are not here, SQLite works without them, and a PostgreSQL URL says what to add.
 */
class SqliteOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aSqliteApplicationGetsNeitherThePostgresqlDriverNorThePool() {
        assertThatThrownBy(() -> Class.forName("org.postgresql.Driver")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.zaxxer.hikari.HikariDataSource"))
                .isInstanceOf(ClassNotFoundException.class);
        try (Store store = Store.open("sqlite:" + dir.resolve("only.db"))) {
            store.ping();
            assertThat(store.describe()).startsWith("sqlite:");
        }
    }

    @Test
    void aPostgresqlUrlWithoutTheDriverNamesWhatToAdd() {
        MosaicException missing = catchThrowableOfType(MosaicException.class,
                () -> Store.open("postgres://mosaic@localhost:5432/mosaic"));
        assertThat(missing.code()).isEqualTo(MosaicException.Code.STORE_UNAVAILABLE);
        assertThat(missing.getMessage()).contains("org.postgresql:postgresql").contains("com.zaxxer:HikariCP");
    }
}
