package dev.mosaic.benchmarks;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.coach.AgeFit;
import dev.mosaic.core.internal.thread.FactReader;
import dev.mosaic.core.internal.thread.FollowUp;
import dev.mosaic.core.internal.thread.Reflection;
import dev.mosaic.core.internal.thread.ThreadState;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import java.util.ArrayList;
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
 * The conversation state's cost per turn (issue 19): reading the message's facts, folding them into what the session
 * knows (twelve facts from earlier turns), reading what the message does in the thread and writing the reflecting
 * first sentence; reading the person's age over the earlier turns ({@link #ageFit}); beside triage of the same
 * messages, the named baseline (it runs on every turn too). Sample mode.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class ThreadBenchmark {
    static final String[] MESSAGES = {
        "I just got an offer from Brightwell Logistics for an operations analyst role, $78k. Right now I do inventory "
                + "planning at a warehouse and make $64k. They want an answer by Friday.",
        "Columbus, Ohio. about 4 years in inventory",
        "ok how do I actually word the counter? I've never done this",
        "oh wait I misread the email, it's $82k not $78k",
        "Should I go to HR or talk to him directly?",
        "different question: how do I prepare for a panel interview next Tuesday?",
        "I'm a maths teacher in Leeds, 11 years in, and I want to move into data analysis",
        "what else can I do?",
    };

    /** How many earlier turns the coach reads with each message ({@code LibraryCoach}'s history for scoring). */
    static final int EARLIER_TURNS = 25;

    Triage triage;
    List<Coach.Fact> known;
    int next;

    @Setup(Level.Trial)
    public void load() {
        triage = Triage.bundled();
        known = new ArrayList<>();
        int turn = 1;
        for (String message : MESSAGES) {
            known.addAll(FactReader.read(message, turn++, known, Optional.empty()));
        }
    }

    @Benchmark
    public Optional<String> threadWork() {
        String message = nextMessage();
        ThreadState state = ThreadState.of(known);
        List<Coach.Fact> stated = FactReader.read(message, 20, state.facts(), Optional.empty());
        FollowUp.Reading reading = FollowUp.read(message, true, true, !stated.isEmpty());
        return reading.move() == FollowUp.Move.NEW ? Reflection.of(stated) : Optional.of(reading.message());
    }

    /**
     * Reading the person's age (issue 18), at its dearest: a message and the 25 earlier turns the coach loads, none of
     * which states an age, so every one is read.
     */
    @Benchmark
    public int ageFit() {
        int found = AgeFit.stated(nextMessage()).orElse(0);
        for (int t = 0; t < EARLIER_TURNS && found == 0; t++) {
            found = AgeFit.stated(MESSAGES[t % MESSAGES.length]).orElse(0);
        }
        return found;
    }

    @Benchmark
    public TriageResult triageBaseline() {
        return triage.assess(nextMessage());
    }

    private String nextMessage() {
        String message = MESSAGES[next];
        next = (next + 1) % MESSAGES.length;
        return message;
    }
}
