/**
 * Mosaic's storage: {@link dev.mosaic.store.SqliteStore} (the default) and {@link dev.mosaic.store.PostgresStore},
 * both implementations of {@link dev.mosaic.core.spi.Store} over Jdbi, with versioned migrations.
 */
@org.jspecify.annotations.NullMarked
module dev.mosaic.store {
    requires static org.jspecify;
    requires transitive dev.mosaic.core;
    requires java.sql;
    requires org.jdbi.v3.core;
    // Jdbi is an automatic module, so it cannot require its own named dependency; without this line the module
    // path leaves geantyref out and Jdbi fails at its first query (ModulePathTest).
    requires io.leangen.geantyref;
    // The same for SLF4J, which Jdbi logs through (HikariCP used to bring it in; it is optional now).
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;
    // PostgreSQL only (optional Maven dependencies); an application that uses it requires both modules itself.
    requires static com.zaxxer.hikari;

    exports dev.mosaic.store;

    provides dev.mosaic.core.spi.Store.Provider with dev.mosaic.store.JdbcStoreProvider;
}
