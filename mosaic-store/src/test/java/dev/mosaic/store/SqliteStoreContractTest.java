package dev.mosaic.store;

import dev.mosaic.core.spi.Store;
import dev.mosaic.testing.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store newStore() {
        return SqliteStore.open(dir.resolve("contract.db"));
    }
}
