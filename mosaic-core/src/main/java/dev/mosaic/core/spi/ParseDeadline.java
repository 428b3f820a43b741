package dev.mosaic.core.spi;

import dev.mosaic.core.MosaicException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs a document parse with a time limit; a parse that overruns is {@code unreadable_document}. */
final class ParseDeadline {
    /** Longest parse of one document. */
    static final int SECONDS = 10;
    /** Own threads, not the common pool: one slow document must not hold up the others. */
    private static final java.util.concurrent.ExecutorService PARSERS = java.util.concurrent.Executors
            .newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "mosaic-document-parser");
                thread.setDaemon(true);
                return thread;
            });

    private ParseDeadline() {
    }

    static String run(String what, Supplier<String> parse) {
        CompletableFuture<String> future = CompletableFuture.supplyAsync(parse, PARSERS);
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new MosaicException("unreadable_document", "the " + what + " took longer than " + SECONDS
                    + " s to read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MosaicException mosaic) {
                throw mosaic;
            }
            throw new MosaicException("unreadable_document", "the " + what + " cannot be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MosaicException("unreadable_document", "interrupted while reading the " + what, e);
        }
    }
}
