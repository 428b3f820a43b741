package dev.mosaic.core.spi;

/**
 * Opens a {@link Store} from a location string, so that an application can choose its store by configuration
 * without a compile-time dependency on the store's module. Found through {@link java.util.ServiceLoader}
 * ({@code provides} on the module path, {@code META-INF/services} on the class path); {@code mosaic-store} registers
 * SQLite ({@code sqlite:PATH}) and PostgreSQL ({@code postgres://...}, {@code jdbc:postgresql://...}).
 */
public interface StoreProvider {
    /**
     * {@return true when this provider opens such locations}
     *
     * @param location a store location such as {@code sqlite:data/mosaic.db}
     */
    boolean accepts(String location);

    /**
     * {@return the opened, migrated store}
     *
     * @param location a location this provider {@linkplain #accepts accepts}
     * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when it cannot be opened
     */
    Store open(String location);
}
