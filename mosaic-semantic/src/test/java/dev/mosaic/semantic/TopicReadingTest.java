package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.internal.prompts.ExampleMessages;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.internal.prompts.TopicReading;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The topic reading shipped in mosaic-core was trained on the bundled example messages with this model's vectors, so
 * the fusion uses it. Retrain it after changing {@code prompts/examples.csv} (after rebuilding the known vectors):
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=TopicReadingTest -Dvectors.update=true} (about 10 s), then install
 * mosaic-core again.
 */
class TopicReadingTest {
    private static final Path WEIGHTS = Path.of("../mosaic-core/src/main/resources/dev/mosaic/core/internal/prompts",
            "topic-reading.bin");

    @Test
    void theBundledWeightsWereTrainedOnTheBundledExamplesWithThisModel() throws IOException {
        List<SemanticRanker.Example> examples = ExampleMessages.bundled();
        float[][] vectors = LibraryVectors.of(examples.stream().map(SemanticRanker.Example::message).toList(),
                Fixtures.MODEL, Optional.of(Path.of("target/vectors")));
        if (Boolean.getBoolean("vectors.update")) {
            try (OutputStream out = Files.newOutputStream(WEIGHTS)) {
                TopicReading.train(examples, vectors).write(out, TopicReading.fingerprint(examples, vectors));
            }
            return; // the class path still has the old weights: install mosaic-core and run this again
        }
        assertThat(TopicReading.bundled(examples, vectors)).as("the examples changed; retrain the weights: ./mvnw -pl "
                + "mosaic-semantic test -Dtest=TopicReadingTest -Dvectors.update=true").isPresent();
        assertThat(Fixtures.RANKER.readsTopicsLinearly()).isTrue();
    }

    @Test
    void theReadingPointsAtTheTopicOfMessagesWrittenForThisTest() {
        List<SemanticRanker.Example> examples = ExampleMessages.bundled();
        float[][] vectors = LibraryVectors.of(examples.stream().map(SemanticRanker.Example::message).toList(),
                Fixtures.MODEL, Optional.of(Path.of("target/vectors")));
        TopicReading reading = TopicReading.bundled(examples, vectors).orElseThrow();
        assertThat(reading.tags()).hasSize(15);
        // Written for this test, in none of the sets.
        for (String[] message : new String[][] {
                {"they offered 62k, I was hoping for 70, how do I push back without losing it?", "Financial & Negotiation"},
                {"every morning I tell myself I'll apply to two jobs and by lunch I've done nothing, how do I make it a daily thing?", "Habits & Routines"},
                {"which is the better move, the startup with equity or the stable bank job?", "Decision-Making"}}) {
            double[] p = reading.probabilities(Fixtures.MODEL.embed(message[0]));
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                best = p[c] > p[best] ? c : best;
            }
            assertThat(reading.tags().get(best)).as(message[0]).isEqualTo(message[1]);
        }
    }
}
