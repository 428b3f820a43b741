package dev.mosaic.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts held now, by key: a client address's open connections, requests in progress, or kibibytes of request
 * bodies in memory. A key leaves the map when its amount is back to zero, so the map holds only the keys in use and
 * cannot grow with clients that have gone. Thread-safe.
 */
final class HeldCounts {
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    /** @return the key's amount with {@code amount} added */
    long add(String key, long amount) {
        return held.merge(key, amount, Long::sum);
    }

    /** Gives back an amount that {@link #add} took. */
    void release(String key, long amount) {
        held.computeIfPresent(key, (k, now) -> now == amount ? null : now - amount);
    }

    /** @return the key's amount now (0 when it holds nothing) */
    long get(String key) {
        return held.getOrDefault(key, 0L);
    }
}
