package dev.mosaic.ai;

import dev.mosaic.ai.ProviderException.Kind;
import dev.mosaic.core.spi.ChatModel;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * How one provider is called: at most {@code maxRetries} retries of retryable failures with jittered exponential
 * backoff (a provider's retry-after honoured up to a cap), all inside one overall deadline, behind a circuit breaker
 * that skips the provider for a while after repeated failures. Thread-safe.
 *
 * @param maxRetries retries after the first attempt (at most 2 by default)
 * @param deadline the whole call's time budget, attempts and waits included
 * @param backoffBase the first backoff; each retry doubles it, with full jitter
 * @param maxRetryWait the longest wait honoured from a provider's retry-after
 * @param breakerThreshold consecutive failed calls that open the circuit
 * @param breakerCooldown how long an open circuit skips the provider
 */
public record Resilience(int maxRetries, Duration deadline, Duration backoffBase, Duration maxRetryWait,
                         int breakerThreshold, Duration breakerCooldown) {
    private static final System.Logger LOG = System.getLogger(Resilience.class.getName());

    /** At most 2 retries, a 20 s deadline, 250 ms backoff, retry-after capped at 5 s, circuit opens after 5 failures. */
    public static final Resilience DEFAULT = new Resilience(2, Duration.ofSeconds(20), Duration.ofMillis(250),
            Duration.ofSeconds(5), 5, Duration.ofSeconds(30));

    /** Validates. */
    public Resilience {
        if (maxRetries < 0 || maxRetries > 5) {
            throw new IllegalArgumentException("maxRetries must be 0..5");
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive");
        }
    }

    /** Sleeps; tests pass one that records instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Per-provider circuit breaker: opens after {@code threshold} consecutive failed calls, skips the provider for
     * the cooldown, then lets calls through again (one more failure re-opens it at once; a success closes it).
     */
    static final class Breaker {
        private int consecutiveFailures;
        private boolean open;
        private long openUntilNanos;

        synchronized boolean allows(long now) {
            return !open || now - openUntilNanos >= 0;
        }

        synchronized void success() {
            consecutiveFailures = 0;
            open = false;
        }

        synchronized void failure(long now, int threshold, Duration cooldown) {
            consecutiveFailures++;
            if (consecutiveFailures >= threshold) {
                open = true;
                openUntilNanos = now + cooldown.toNanos();
            }
        }
    }

    ChatModel.Response call(HttpChatModel model, ChatModel.Request request, Breaker breaker, Sleeper sleeper, LongSupplier nanos) {
        long start = nanos.getAsLong();
        long deadlineAt = start + deadline.toNanos();
        if (!breaker.allows(start)) {
            throw ProviderException.of(model.provider, Kind.CIRCUIT_OPEN, "skipped: failed "
                    + breakerThreshold + " times in a row; retrying after " + breakerCooldown.toSeconds() + " s");
        }
        ProviderException last = null;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            long remaining = deadlineAt - nanos.getAsLong();
            if (remaining <= 0) {
                break;
            }
            try {
                ChatModel.Response response = model.attempt(request, Duration.ofNanos(remaining));
                breaker.success();
                return response;
            } catch (ProviderException e) {
                last = e;
                if (!e.retryable() || attempt == maxRetries) {
                    break;
                }
                Duration wait = backoff(attempt, e);
                if (nanos.getAsLong() + wait.toNanos() >= deadlineAt) {
                    break; // waiting would overrun the deadline: let the caller fail over now
                }
                LOG.log(Level.DEBUG, model.provider + " attempt " + (attempt + 1) + " failed (" + e.kind()
                        + "); retrying in " + wait.toMillis() + " ms");
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (last == null) {
            last = ProviderException.of(model.provider, Kind.TIMEOUT, "no reply within the deadline of "
                    + deadline.toMillis() + " ms");
        }
        if (last.kind() != Kind.BAD_REQUEST && last.kind() != Kind.CONTEXT_TOO_LONG) {
            breaker.failure(nanos.getAsLong(), breakerThreshold, breakerCooldown);
        }
        throw last;
    }

    /** The provider's retry-after when it gave one (capped), otherwise full-jitter exponential backoff. */
    Duration backoff(int attempt, ProviderException failure) {
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            return asked.compareTo(maxRetryWait) > 0 ? maxRetryWait : asked;
        }
        long ceiling = backoffBase.toMillis() << attempt;
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
