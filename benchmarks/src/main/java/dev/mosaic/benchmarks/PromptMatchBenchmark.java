package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.prompts.PromptMatcher;
import dev.mosaic.core.prompts.LuceneBaseline;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one prompt match (the coach's hot path) on the bundled library (630 rows) and on a library expanded
 * synthetically to 10,000 rows, against the Lucene BM25 baseline (in memory, same entries, same messages) in the same
 * run. Sample mode gives the p50 and p99 that RESULTS.md records.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class PromptMatchBenchmark {
    /** Messages of the kinds people send: short, long, typos, off-topic. */
    static final String[] MESSAGES = {
        "I have two job offers and can't decide which one to take",
        "how do i ask my boss for a raise",
        "I keep getting ghosted by recruiters after the first intervew",
        "I'm so burned out, I dread Mondays and can't sleep",
        "what's the weather in Lisbon tomorrow",
        "My manager said I need to be more visible, and honestly I hate networking events. I'm an introvert, I "
                + "do good work, and I don't see why I should spend evenings making small talk to get promoted.",
        "should I learn python or sql first for a data job",
        "procrastinating on my cv all week",
    };

    @Param({"bundled", "10000"})
    public String library;

    PromptMatcher matcher;
    LuceneBaseline lucene;
    int next;

    @Setup(Level.Trial)
    public void index() {
        List<PromptEntry> bundled = PromptLibrary.bundled().entries();
        List<PromptEntry> entries = library.equals("bundled") ? bundled : expand(bundled, Integer.parseInt(library));
        matcher = PromptMatcher.of(entries);
        lucene = new LuceneBaseline(entries);
    }

    @TearDown(Level.Trial)
    public void close() {
        lucene.close();
    }

    @Benchmark
    public MatchResult mosaic() {
        return matcher.match(nextMessage());
    }

    @Benchmark
    public List<PromptEntry> lucene() {
        return lucene.search(nextMessage(), PromptMatcher.DEFAULT_LIMIT);
    }

    private String nextMessage() {
        String message = MESSAGES[next];
        next = (next + 1) % MESSAGES.length;
        return message;
    }

    /**
     * A larger library with the bundled one's vocabulary: each synthetic row mixes words of two real rows of the
     * same tag, so term statistics stay realistic.
     */
    static List<PromptEntry> expand(List<PromptEntry> base, int size) {
        SplittableRandom random = new SplittableRandom(7);
        List<PromptEntry> out = new ArrayList<>(base);
        while (out.size() < size) {
            PromptEntry a = base.get(random.nextInt(base.size()));
            List<PromptEntry> sameTag = base.stream().filter(e -> e.tag().equals(a.tag())).toList();
            PromptEntry b = sameTag.get(random.nextInt(sameTag.size()));
            String[] wordsA = a.prompt().split(" ");
            String[] wordsB = b.prompt().split(" ");
            String prompt = String.join(" ", List.of(wordsA).subList(0, wordsA.length / 2)) + " "
                    + String.join(" ", List.of(wordsB).subList(wordsB.length / 2, wordsB.length));
            List<String> keywords = new ArrayList<>(a.keywords());
            keywords.addAll(b.keywords());
            out.add(new PromptEntry("syn-" + out.size(), prompt, a.completion(), a.tag(), keywords));
        }
        return out;
    }
}
