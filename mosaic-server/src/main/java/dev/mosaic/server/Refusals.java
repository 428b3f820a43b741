package dev.mosaic.server;

import io.helidon.metrics.api.Counter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts what the server refused to do, by reason, for operators ({@code mosaic_refusals_total} at
 * {@code /metrics}). Thread-safe.
 */
final class Refusals {
    /** Why a request or connection was refused; the metric's {@code reason} label is the lowercase name. */
    enum Reason {
        /** The address's or the session's request rate. */
        RATE_LIMIT,
        /** One address's requests in progress at once. */
        IN_FLIGHT,
        /** The server's requests in progress at once. */
        OVERLOAD,
        /** A body over its route's limit. */
        BODY_SIZE,
        /** A body sent slower than the minimum rate. */
        BODY_RATE,
        /** A connection that did not send a whole request head in time, or stalled in a body. */
        DEADLINE,
        /** One address's open connections. */
        CONNECTIONS,
        /** A storage quota (uploads, stored bytes, sessions per address). */
        QUOTA,
        /** The disk below its floor, or the store full. */
        STORAGE
    }

    private final Map<Reason, Counter> counts = new EnumMap<>(Reason.class);

    Refusals(ServerMetrics metrics) {
        for (Reason reason : Reason.values()) {
            counts.put(reason, metrics.refusals(reason));
        }
    }

    void count(Reason reason) {
        counts.get(reason).increment();
    }

    /** @return refusals for this reason since the process started (all servers in it: tests compare differences) */
    long total(Reason reason) {
        return counts.get(reason).count();
    }
}
