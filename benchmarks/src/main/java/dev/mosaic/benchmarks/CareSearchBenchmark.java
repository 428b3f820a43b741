package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.NearestVectors;
import dev.mosaic.core.internal.Vectors;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.semantic.MiniLm;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * The care neighbours' search (issue 15): the seven bundled care examples nearest a message's vector, among all of
 * them (13,097 at round 19), with the integer copy first ({@link NearestVectors}), against the baseline of comparing
 * every row in floating point ({@code Vectors.similarities} then {@code Vectors.nearest}, what the search replaced) in
 * the same run; and the whole reading ({@link CareNeighbours#read}: the search, the vote and the linear reading). The messages are embedded once at set-up, so the model is not timed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class CareSearchBenchmark {
    float[][] rows;
    float[][] messages;
    NearestVectors search;
    CareNeighbours neighbours;
    int next;

    @Setup(Level.Trial)
    public void index() {
        List<CareNeighbours.Example> examples = CareNeighbours.bundled();
        try (MiniLm model = MiniLm.load()) {
            rows = LibraryVectors.of(CareNeighbours.texts(examples), model,
                    Optional.of(Path.of("target/bench-vectors")));
            messages = new float[PromptMatchBenchmark.MESSAGES.length][];
            for (int i = 0; i < messages.length; i++) {
                messages[i] = model.embed(PromptMatchBenchmark.MESSAGES[i]);
            }
        }
        search = new NearestVectors(rows);
        neighbours = new CareNeighbours(examples, rows);
    }

    @Benchmark
    public int[] fullScan() {
        return Vectors.nearest(Vectors.similarities(nextMessage(), rows, 0, rows.length), 7);
    }

    @Benchmark
    public int[] search() {
        return search.nearest(nextMessage(), 7);
    }

    @Benchmark
    public CareNeighbours.Reading reading() {
        return neighbours.read(nextMessage());
    }

    private float[] nextMessage() {
        float[] message = messages[next];
        next = (next + 1) % messages.length;
        return message;
    }
}
