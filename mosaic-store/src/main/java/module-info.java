/** Mosaic's storage: the settings for SQLite and PostgreSQL stores. */
module dev.mosaic.store {
    requires transitive dev.mosaic.core;

    exports dev.mosaic.store;
}
