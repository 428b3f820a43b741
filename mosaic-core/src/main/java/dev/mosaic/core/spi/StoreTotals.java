package dev.mosaic.core.spi;

/**
 * What a whole store holds, for an operator's metrics. Immutable.
 *
 * @param sessions the sessions it keeps (expired ones not yet swept included)
 * @param storedBytes everything they keep, counted as {@link SessionFootprint#storedBytes()} counts it
 */
public record StoreTotals(long sessions, long storedBytes) {
    /** Validates. */
    public StoreTotals {
        if (sessions < 0 || storedBytes < 0) {
            throw new dev.mosaic.core.InvalidInputException("totals", "counts must not be negative");
        }
    }
}
