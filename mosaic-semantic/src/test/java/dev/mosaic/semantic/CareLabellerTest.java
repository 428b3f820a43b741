package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.internal.triage.LinearLabeller;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.core.internal.triage.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The linear reading shipped in mosaic-core was trained on the bundled care examples with this model's vectors, so
 * the server uses it. Retrain it after changing {@code prompts/care-examples.csv} (after rebuilding the known vectors):
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=CareLabellerTest -Dvectors.update=true} (about 10 s), then install
 * mosaic-core again.
 */
class CareLabellerTest {
    private static final Path WEIGHTS = Path.of("../mosaic-core/src/main/resources/dev/mosaic/core/internal/triage",
            "care-labeller.bin");
    /** The settings {@code CareClassifierExperiment} chose. */
    private static final double PENALTY = 1e-4;
    private static final int STEPS = 300;

    @Test
    void theBundledWeightsWereTrainedOnTheBundledExamplesWithThisModel() throws IOException {
        List<CareNeighbours.Example> examples = CareNeighbours.bundled();
        float[][] vectors = LibraryVectors.of(CareNeighbours.texts(examples), Fixtures.MODEL,
                Optional.of(Path.of("target/vectors")));
        if (Boolean.getBoolean("vectors.update")) {
            LinearLabeller trained = LinearLabeller.train(Arrays.asList(vectors),
                    examples.stream().map(CareNeighbours.Example::label).toList(), PENALTY, STEPS);
            try (OutputStream out = Files.newOutputStream(WEIGHTS)) {
                trained.write(out, LinearLabeller.fingerprint(examples, vectors));
            }
            return; // the class path still has the old weights: install mosaic-core and run this again
        }
        CareNeighbours neighbours = new CareNeighbours(examples, vectors);
        assertThat(neighbours.readsLinearly()).as("the care examples changed; retrain the weights: ./mvnw -pl "
                + "mosaic-semantic test -Dtest=CareLabellerTest -Dvectors.update=true").isTrue();
    }

    @Test
    void theReadingDeclinesAnOffTopicRequestThatBorrowsAWorkWordAndKeepsCareerQuestions() {
        List<CareNeighbours.Example> examples = CareNeighbours.bundled();
        float[][] vectors = LibraryVectors.of(CareNeighbours.texts(examples), Fixtures.MODEL,
                Optional.of(Path.of("target/vectors")));
        CareNeighbours neighbours = new CareNeighbours(examples, vectors);
        // Written for this test, in none of the sets.
        for (String offTopic : List.of("what's a good warm-up routine before a 5k parkrun?",
                "how long should I rest my sourdough starter before baking?")) {
            assertThat(neighbours.read(Fixtures.MODEL.embed(offTopic)).offTopic()).as(offTopic).isTrue();
        }
        for (String career : List.of("how do I ask my team lead for a pay rise after my first year?",
                "is it worth retraining as an electrician at 41?", "not sure what I want to do next")) {
            assertThat(neighbours.read(Fixtures.MODEL.embed(career)).offTopic()).as(career).isFalse();
        }
        // Round 18: the rules declined it for its game and the linear reading kept it as a career question; round 22:
        // what goes on a CV is a career question to the rules too (the retrained reading had put it at 0.70). With
        // the neighbours and the reading it stays one. (CareNeighboursTest holds the reading's keep itself.)
        String chess = "can I put my chess club captaincy on my CV?";
        TriageResult rules = Triage.bundled().assess(chess);
        assertThat(rules.verdict()).isEqualTo(Verdict.COACHING);
        assertThat(rules.withNeighbours(neighbours.read(Fixtures.MODEL.embed(chess)), chess).verdict())
                .isEqualTo(Verdict.COACHING);
    }
}
