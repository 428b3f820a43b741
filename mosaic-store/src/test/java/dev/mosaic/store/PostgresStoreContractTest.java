package dev.mosaic.store;

import dev.mosaic.core.spi.Store;
import dev.mosaic.testing.StoreContract;
import org.junit.jupiter.api.AfterEach;

class PostgresStoreContractTest extends StoreContract {
    private String url;

    @Override
    protected Store newStore() {
        url = TestPostgres.freshSchemaUrl();
        return PostgresStore.open(url);
    }

    @AfterEach
    void dropSchema() {
        if (url != null) {
            TestPostgres.dropSchemaOf(url);
        }
    }
}
