package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.prompts.PromptMatcher;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap taken by the matcher's index (not the entries themselves, which the library holds anyway), measured as the
 * retained heap after full collections with and without ten indexes alive. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mosaic.benchmarks.IndexFootprint}
 */
public final class IndexFootprint {
    private static final int COPIES = 10;

    private IndexFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<PromptEntry> bundled = PromptLibrary.bundled().entries();
        report("bundled (" + bundled.size() + " entries)", bundled);
        report("10,000 entries", PromptMatchBenchmark.expand(bundled, 10_000));
    }

    private static void report(String name, List<PromptEntry> entries) throws InterruptedException {
        PromptMatcher.of(entries).match("warm up the classes");
        long before = settledHeap();
        List<PromptMatcher> alive = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            alive.add(PromptMatcher.of(entries));
        }
        long after = settledHeap();
        System.out.printf(Locale.ROOT, "%-28s index heap: %.2f MB%n", name,
                (after - before) / (double) COPIES / (1024 * 1024));
        if (alive.size() != COPIES) {
            throw new AssertionError();
        }
    }

    private static long settledHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
