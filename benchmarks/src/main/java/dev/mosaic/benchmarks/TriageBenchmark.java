package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.prompts.PromptMatcher;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Triage of one message (care, off-topic, vague or coaching), beside the prompt match of the same messages as the
 * named baseline: triage runs first on every turn, so it must cost no more than a small part of a match. Sample mode
 * for p50 and p99. The messages mix career questions, distress, crisis, figurative speech and off-topic requests.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class TriageBenchmark {
    static final String[] MESSAGES = {
        "I have two job offers and can't decide which one to take",
        "how do i ask my boss for a raise",
        "I can't stop crying at my desk, I'm falling apart",
        "this job is killing me, how do I ask for a lighter workload?",
        "what's the weather in Lisbon tomorrow",
        "My manager said I need to be more visible, and honestly I hate networking events. I'm an introvert, I "
                + "do good work, and I don't see why I should spend evenings making small talk to get promoted.",
        "I have been thinking about ending my life since I lost my job",
        "laid off this morning, 8 years there",
        "idk",
        "I'm not suicidal, just bored out of my mind. Should I retrain as a data analyst?",
    };

    Triage triage;
    PromptMatcher matcher;
    int next;

    @Setup(Level.Trial)
    public void load() {
        triage = Triage.bundled();
        matcher = PromptMatcher.of(PromptLibrary.bundled());
    }

    @Benchmark
    public TriageResult triage() {
        return triage.assess(nextMessage());
    }

    @Benchmark
    public MatchResult promptMatchBaseline() {
        return matcher.match(nextMessage());
    }

    private String nextMessage() {
        String message = MESSAGES[next];
        next = (next + 1) % MESSAGES.length;
        return message;
    }
}
