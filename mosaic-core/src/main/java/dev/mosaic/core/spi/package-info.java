/**
 * What an application can plug in: where sessions are kept ({@link dev.mosaic.core.spi.Store}, with
 * {@code Store.inMemory()} and {@code Store.open(location)}), an AI model ({@link dev.mosaic.core.spi.ChatModel}),
 * where postings come from ({@link dev.mosaic.core.spi.OpportunitySource}) and how documents are read
 * ({@link dev.mosaic.core.spi.DocumentReader}), with the values they exchange. A contract test suite checks every
 * store the project ships.
 */
package dev.mosaic.core.spi;
