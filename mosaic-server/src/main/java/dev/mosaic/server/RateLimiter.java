package dev.mosaic.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client address, a session id), each refilled continuously at {@code perMinute} tokens a
 * minute and holding at most that many. The number of buckets is bounded: past {@link #MAX_TRACKED} keys, the buckets
 * that have refilled completely (which a new bucket would equal) are dropped, so a flood of keys cannot grow the heap;
 * the state of clients being limited is kept unless all of the keys are being limited at once, and then every bucket
 * starts over. Keys are short by construction (an address, a session id that exists): callers never key on raw client
 * text. Thread-safe.
 */
final class RateLimiter {
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;
    private final LongSupplier nanos;

    RateLimiter(long perMinute, LongSupplier nanos) {
        this.perMinute = perMinute;
        this.nanos = nanos;
    }

    /** @return 0 when a token was taken, else the whole seconds until one is available (at least 1) */
    long take(String key) {
        return take(key, 1);
    }

    /**
     * @return 0 when {@code amount} tokens were taken, else the whole seconds until they are available (at least 1;
     *     an amount over the bucket's size is never available and answers a minute)
     */
    long take(String key, long amount) {
        long now = nanos.getAsLong();
        if (buckets.size() >= MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
            if (buckets.size() >= MAX_TRACKED) {
                buckets.clear(); // every tracked key is being limited right now: start over rather than grow
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now, amount);
    }

    /**
     * Gives back a token taken for a request that turned out not to count (for sessions: the session did not exist),
     * and forgets the key once its bucket is full again, so that such keys leave nothing behind.
     */
    void refund(String key) {
        long now = nanos.getAsLong();
        buckets.computeIfPresent(key, (k, bucket) -> bucket.refund(now) ? null : bucket);
    }

    /** @return how many keys are tracked (for tests and metrics) */
    int tracked() {
        return buckets.size();
    }

    private static final class Bucket {
        private final long perMinute;
        private double tokens;
        private long updated;

        Bucket(long perMinute, long now) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized long take(long now, long amount) {
            refill(now);
            if (tokens >= amount) {
                tokens -= amount;
                return 0;
            }
            if (amount > perMinute) {
                return 60;
            }
            return Math.max(1, (long) Math.ceil((amount - tokens) * 60 / perMinute));
        }

        /** @return whether the bucket is full after the token came back */
        synchronized boolean refund(long now) {
            refill(now);
            tokens = Math.min(perMinute, tokens + 1);
            return tokens >= perMinute;
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60e9);
                updated = now;
            }
        }
    }
}
