package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What reading a long message sentence by sentence costs (issue 15, round 29): the care reading of a long career
 * question (four or five sentences, 50 to 75 words, no crisis in it, so every sentence is read), with the sentence
 * reading ({@link CareNeighbours#read(String, TriageResult, dev.mosaic.core.spi.Embedder)}) against the baseline of
 * the whole message alone (one embedding and one reading, as before round 29), in the same run. The model is timed:
 * the embeddings are most of the cost.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class LongMessageCareBenchmark {
    /** Written for this benchmark: long career questions of four or five sentences. */
    static final String[] MESSAGES = {
        "I've been a warehouse supervisor for eight years and I want to move into logistics planning. The company "
                + "offers a part-time course but it runs on my days off. My manager says the planning team rarely "
                + "hires from the floor. Is the course worth doing anyway, or should I apply elsewhere first?",
        "Two offers on the table. One is a fully remote analyst job at 58k, the other is hybrid at 64k with a forty "
                + "minute commute each way. I have a toddler and nursery fees are brutal. The hybrid one has a much "
                + "better training budget. How would you weigh it up?",
        "I'm a nurse, eleven years on a surgical ward, and I'm thinking about moving into clinical education. I "
                + "have a teaching qualification from years ago. The posts I see all ask for a master's degree. "
                + "Should I start a part-time master's now or apply and see what happens? I'm 38 and want to be "
                + "sure it pays off.",
        "My CV is three pages and a recruiter told me to cut it to two. I've worked in four companies, all in "
                + "marketing, and the early ones don't feel relevant anymore. I'm not sure whether to drop them or "
                + "squash them into one line. What do hiring managers actually read?",
        "I start a new job on Monday as a team lead. Three of the people in my team applied for the same role. I "
                + "don't want to come in acting like a boss on day one. What should my first week look like, and "
                + "how do I handle the one who was the favourite for the job?"};

    MiniLm model;
    CareNeighbours neighbours;
    TriageResult[] rules;
    int next;

    @Setup(Level.Trial)
    public void index() {
        model = MiniLm.load();
        List<CareNeighbours.Example> examples = CareNeighbours.bundled();
        neighbours = new CareNeighbours(examples, LibraryVectors.of(CareNeighbours.texts(examples), model,
                Optional.of(Path.of("target/bench-vectors"))));
        rules = new TriageResult[MESSAGES.length];
        for (int i = 0; i < MESSAGES.length; i++) {
            rules[i] = Triage.bundled().assess(MESSAGES[i]);
            if (rules[i].care() || CareNeighbours.sentences(MESSAGES[i]).size() < 4) {
                throw new IllegalStateException("not a long career question read sentence by sentence: "
                        + MESSAGES[i]);
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    @Benchmark
    public CareNeighbours.Reading wholeMessage() {
        int i = advance();
        return neighbours.read(model.embed(MESSAGES[i]));
    }

    @Benchmark
    public CareNeighbours.Reading bySentence() {
        int i = advance();
        return neighbours.read(MESSAGES[i], rules[i], model);
    }

    private int advance() {
        int i = next;
        next = (next + 1) % MESSAGES.length;
        return i;
    }
}
