package dev.mosaic.benchmarks;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.session.SessionId;
import java.util.List;
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
 * Scoring one message with the signals model, and one whole offline coaching turn in memory (session check, scoring,
 * matching, reply, store), in sample mode for p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class CoachBenchmark {
    MetricsModel model;
    Mosaic mosaic;
    SessionId session;
    int next;

    @Setup(Level.Trial)
    public void build() {
        model = MetricsModel.signals();
        mosaic = Mosaic.builder().build();
    }

    @Setup(Level.Iteration)
    public void newSession() {
        session = mosaic.sessions().create().id();
    }

    @Benchmark
    public MetricsModel.Score scoreMessage() {
        return model.score(Metrics.ZERO, nextMessage(), List.of());
    }

    @Benchmark
    public CoachReply offlineTurn() {
        return mosaic.coach().chat(session, nextMessage());
    }

    private String nextMessage() {
        String message = PromptMatchBenchmark.MESSAGES[next];
        next = (next + 1) % PromptMatchBenchmark.MESSAGES.length;
        return message;
    }
}
