package dev.mosaic.core.spi;

import dev.mosaic.testing.StoreContract;

class InMemoryStoreTest extends StoreContract {
    @Override
    protected Store newStore() {
        return Store.inMemory();
    }
}
