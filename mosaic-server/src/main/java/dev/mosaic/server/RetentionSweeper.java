package dev.mosaic.server;

import dev.mosaic.core.Mosaic;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired sessions, with everything they own, once at start-up and then every interval, on one daemon
 * thread. (The earlier product cleaned up only at start-up, so a long-running server kept data forever.)
 */
final class RetentionSweeper implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RetentionSweeper.class.getName());

    private final Mosaic mosaic;
    private final ScheduledExecutorService scheduler;

    private RetentionSweeper(Mosaic mosaic) {
        this.mosaic = mosaic;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mosaic-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    static RetentionSweeper start(Mosaic mosaic, Duration interval) {
        RetentionSweeper sweeper = new RetentionSweeper(mosaic);
        sweeper.sweep();
        sweeper.scheduler.scheduleWithFixedDelay(sweeper::sweep, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return sweeper;
    }

    /** @return how many sessions were deleted; a failure is logged and retried at the next interval */
    int sweep() {
        try {
            int deleted = mosaic.sessions().sweepExpired();
            LOG.log(deleted > 0 ? Level.INFO : Level.DEBUG, "retention sweep deleted " + deleted
                    + " expired session(s)");
            return deleted;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention sweep failed; retrying at the next interval: " + e.getMessage());
            return 0;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
