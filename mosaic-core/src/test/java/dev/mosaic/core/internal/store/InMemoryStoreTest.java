package dev.mosaic.core.internal.store;

import dev.mosaic.core.spi.Store;
import dev.mosaic.testing.StoreContract;

class InMemoryStoreTest extends StoreContract {
    @Override
    protected Store newStore() {
        return Store.inMemory();
    }
}
