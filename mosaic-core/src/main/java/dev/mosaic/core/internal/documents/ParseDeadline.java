package dev.mosaic.core.internal.documents;

import dev.mosaic.core.MosaicException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs document parses on a fixed pool of threads, each with a time limit; a parse that overruns is
 * {@code unreadable_document}. A parser cannot be stopped from outside, so each one checks its {@link Deadline} as
 * it works (the PDF reader at every content-stream operator) and stops itself within moments of the limit, and no
 * more than {@link #AT_ONCE} parses ever run together: a document built to run forever costs one thread for the
 * deadline, not a core until restart (issue 16, B2). Parses waiting for a thread count against their own deadline.
 */
final class ParseDeadline {
    /** Longest parse of one document. */
    static final int SECONDS = 10;
    /** Parses that run at once; more wait. */
    static final int AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService PARSERS = Executors.newFixedThreadPool(AT_ONCE, task -> {
        Thread thread = new Thread(task, "mosaic-document-parser");
        thread.setDaemon(true);
        return thread;
    });

    /** When a parse must have finished; the parser calls {@link #check} as it goes. */
    static final class Deadline {
        private final long endNanos;

        private Deadline(long endNanos) {
            this.endNanos = endNanos;
        }

        /** @throws Overrun when the time is up or the parse was cancelled */
        void check() {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - endNanos > 0) {
                throw new Overrun();
            }
        }
    }

    /** Thrown inside a parse that ran out of time; never seen by callers of {@link #run}. */
    static final class Overrun extends RuntimeException {
        Overrun() {
            super("parse deadline passed", null, false, false);
        }
    }

    private ParseDeadline() {
    }

    static String run(String what, Function<Deadline, String> parse) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        Deadline deadline = new Deadline(end);
        Future<String> future = PARSERS.submit(() -> parse.apply(deadline));
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true); // a queued parse never starts; a running one sees the interrupt at its next check
            throw overrun(what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MosaicException mosaic) {
                throw mosaic;
            }
            if (e.getCause() instanceof Overrun) {
                throw overrun(what);
            }
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the " + what + " cannot be read", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "interrupted while reading the " + what, e);
        }
    }

    private static MosaicException overrun(String what) {
        // The cause says it was the deadline (a server counts these), for code, not for the person.
        return new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the " + what + " took longer than "
                + SECONDS + " s to read", new java.util.concurrent.TimeoutException("parse deadline"));
    }
}
