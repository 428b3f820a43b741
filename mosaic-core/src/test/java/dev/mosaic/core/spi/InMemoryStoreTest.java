package dev.mosaic.core.spi;

class InMemoryStoreTest extends StoreContract {
    @Override
    protected Store newStore() {
        return Store.inMemory();
    }
}
