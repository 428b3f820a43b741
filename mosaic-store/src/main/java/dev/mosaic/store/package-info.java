/**
 * Stores for Mosaic's {@link dev.mosaic.core.spi.Store} SPI through Jdbi: SQLite (the default, one file) and
 * PostgreSQL (several servers sharing one database), with their schema migrations. Open one with
 * {@code Store.open("sqlite:PATH")} or {@code Store.open("postgres://...")}, or let
 * {@code Mosaic.builder().store(location)} open and own it.
 */
package dev.mosaic.store;
