package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.prompts.ExampleMessages;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.semantic.MiniLm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * Understanding one message with the semantic layer on (issue 18): the MiniLM embedding alone, and the whole fused
 * ranking (embedding, lexical BM25, nearest library prompts and examples, fusion), against the lexical matcher
 * alone as the baseline in the same run, on the bundled library (630 rows) and on one expanded to 10,000. Library
 * vectors are cached under {@code target/bench-vectors}, so only the first fork of the 10,000 pays for them.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class UnderstandingBenchmark {
    @Param({"bundled", "10000"})
    public String library;

    MiniLm model;
    PromptLibrary prompts;
    SemanticRanker ranker;
    int next;

    @Setup(Level.Trial)
    public void index() {
        model = MiniLm.load();
        prompts = library.equals("bundled") ? PromptLibrary.bundled()
                : asLibrary(PromptMatchBenchmark.expand(PromptLibrary.bundled().entries(), Integer.parseInt(library)));
        List<SemanticRanker.Example> examples = ExampleMessages.bundled();
        ranker = new SemanticRanker(prompts, model, LibraryVectors.of(SemanticRanker.texts(prompts, examples), model,
                Optional.of(Path.of("target/bench-vectors"))), examples, SemanticRanker.Tuning.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    @Benchmark
    public MatchResult lexical() {
        return prompts.match(nextMessage());
    }

    @Benchmark
    public float[] embedding() {
        return model.embed(nextMessage());
    }

    @Benchmark
    public MatchResult fused() {
        return ranker.match(nextMessage(), 5);
    }

    private String nextMessage() {
        String message = PromptMatchBenchmark.MESSAGES[next];
        next = (next + 1) % PromptMatchBenchmark.MESSAGES.length;
        return message;
    }

    /** The entries as a library file (synthetic prompts that repeat one already there are left out). */
    static PromptLibrary asLibrary(List<PromptEntry> entries) {
        StringWriter csv = new StringWriter();
        Set<String> seen = new HashSet<>();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                .setHeader("id", "prompt", "completion", "tag", "keywords").get())) {
            for (PromptEntry e : entries) {
                if (seen.add(e.prompt().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))) {
                    printer.printRecord(e.id(), e.prompt(), e.completion(), e.tag(), String.join(";", e.keywords()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PromptLibrary.parse("expanded.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
