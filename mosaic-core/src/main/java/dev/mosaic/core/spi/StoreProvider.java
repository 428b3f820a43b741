package dev.mosaic.core.spi;

/**
 * Opens a {@link Store} from a location string, so that an application can choose its store by configuration
 * without a compile-time dependency on the store's module. Found through {@link java.util.ServiceLoader}
 * ({@code provides} on the module path, {@code META-INF/services} on the class path); {@code mosaic-store} registers
 * SQLite ({@code sqlite:PATH}) and PostgreSQL ({@code postgres://...}, {@code jdbc:postgresql://...}).
 */
public interface StoreProvider {
    /**
     * @param location a store location such as {@code sqlite:data/mosaic.db}
     * @return true when this provider opens such locations
     */
    boolean accepts(String location);

    /**
     * @param location a location this provider {@linkplain #accepts accepts}
     * @return the opened, migrated store
     * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when it cannot be opened
     */
    Store open(String location);
}
