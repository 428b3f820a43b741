package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.NearestVectors;
import dev.mosaic.core.internal.Vectors;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.core.internal.triage.Verdict;
import dev.mosaic.testing.EvaluationFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Care by the rules and by the nearest labelled messages, on the triage set nobody tuned on when it was measured
 * ({@code heldout-v37.csv}, issue 15, round 36; rules and examples gained heldout-v36 first; since round 29 long
 * messages are read sentence by sentence too ({@link SentenceCareExperiment}); the contrast messages
 * joined the examples at rounds 18 and 20, and the linear reading of off-topic, {@code LinearLabeller}, came in at round 17): the neighbours' and the reading's settings were chosen on the
 * development sets ({@link CareTuning}, {@link CareClassifierExperiment}) before this set was measured once. The floors hold the
 * figures measured then (rules for its missed crises came after); the rules alone are printed beside them. Rules and
 * neighbours are combined as the coach combines them
 * ({@code TriageResult.withNeighbours}).
 */
class SemanticCareTest {
    /** The newest blind set: measured once with the settings {@link CareTuning} chose; never tuned on. */
    static final String HELD_OUT = System.getProperty("care.heldout", "heldout-v37.csv");
    private static final List<CareNeighbours.Example> EXAMPLES = CareNeighbours.bundled();
    /** The neighbours over the bundled examples, as the server builds them (shared with {@link CareMisses}). */
    private static final float[][] VECTORS = LibraryVectors.of(CareNeighbours.texts(EXAMPLES), Fixtures.MODEL,
            Optional.of(Path.of("target/vectors")));
    static final CareNeighbours NEIGHBOURS = new CareNeighbours(EXAMPLES, VECTORS);

    /**
     * The care neighbours' search (an integer copy first, then floating point for the rows it cannot rule out) on
     * the real sentence vectors, which lie much closer together than random ones: the same seven rows as comparing
     * every row in floating point, for every held-out message.
     */
    @Test
    void theSearchFindsTheRowsTheFullScanFinds() {
        NearestVectors search = new NearestVectors(VECTORS);
        for (CSVRecord row : heldOut()) {
            float[] vector = Fixtures.MODEL.embed(row.get("message"));
            assertThat(search.nearest(vector, 7)).as(row.get("message"))
                    .containsExactly(Vectors.nearest(Vectors.similarities(vector, VECTORS, 0, VECTORS.length), 7));
        }
    }

    @Test
    void theExamplesAreTheDevelopmentSetsAndNeverTheHeldOutOne() {
        Set<String> development = new HashSet<>();
        for (String file : java.util.stream.Stream.concat(CareTuning.DEVELOPMENT.stream(),
                CareTuning.TRAINING_ONLY.stream()).toList()) {
            EvaluationFiles.rows("/evaluation/triage/" + file).forEach(r -> development.add(normal(r.get("message"))));
        }
        assertThat(EXAMPLES).hasSize(development.size()).allSatisfy(e -> assertThat(development)
                .contains(normal(e.message())));
        // The labelling guide's own examples ("what is 17 times 23", "idk") recur from set to set: the measurement
        // leaves out every held-out message the development sets hold (60 of heldout-v37's 610, most of them short ones:
        // greetings, questions about the app, the guide's own examples).
        assertThat(heldOut()).noneMatch(r -> development.contains(normal(r.get("message"))))
                .noneMatch(r -> EXAMPLES.stream().anyMatch(e -> normal(e.message()).equals(normal(r.get("message")))));
        assertThat(EXAMPLES).extracting(CareNeighbours.Example::label).containsOnly("crisis", "distress", "ordinary",
                "off_topic", "vague");
    }

    @Test
    void theNewestHeldOutSetByTheRulesAndByTheNeighbours() {
        Map<String, int[]> by = new TreeMap<>(); // label: count, crisis by rules, care by rules, crisis, care
        for (CSVRecord row : heldOut()) {
            TriageResult rules = Triage.bundled().assess(row.get("message"));
            CareNeighbours.Reading read = NEIGHBOURS.read(row.get("message"), rules, Fixtures.MODEL);
            TriageResult both = rules.withNeighbours(read, row.get("message")); // as the coach combines them
            boolean rulesCrisis = rules.verdict() == Verdict.CRISIS;
            boolean crisis = both.verdict() == Verdict.CRISIS;
            boolean care = both.care();
            int[] c = by.computeIfAbsent(row.get("label"), x -> new int[10]);
            // The whole message alone, as before round 29 read long messages sentence by sentence
            TriageResult whole = rules.withNeighbours(rules.care() ? CareNeighbours.Reading.none()
                    : NEIGHBOURS.read(Fixtures.MODEL.embed(row.get("message")), rules.verdict() == Verdict.OFF_TOPIC
                    && !rules.riskSigns()), row.get("message"));
            c[8] += whole.verdict() == Verdict.CRISIS ? 1 : 0;
            c[9] += whole.care() ? 1 : 0;
            c[7] += rules.withNeighbours(NEIGHBOURS.withoutLinearReading().read(row.get("message"), rules,
                    Fixtures.MODEL), row.get("message")).verdict() == Verdict.OFF_TOPIC ? 1 : 0;
            c[5] += rules.verdict() == Verdict.OFF_TOPIC ? 1 : 0;
            c[6] += both.verdict() == Verdict.OFF_TOPIC ? 1 : 0;
            c[0]++;
            c[1] += rulesCrisis ? 1 : 0;
            c[2] += rules.care() ? 1 : 0;
            c[3] += crisis ? 1 : 0;
            c[4] += care ? 1 : 0;
        }
        by.forEach((label, c) -> System.out.printf("[care, " + HELD_OUT + "] %-9s %3d: named crisis, rules %d, with "
                + "neighbours %d; any care, rules %d, with neighbours %d; declined as off-topic, rules %d, with "
                + "neighbours %d (%d without the linear reading); without the sentence reading: crisis %d, care %d%n",
                label, c[0], c[1], c[3], c[2], c[4], c[5], c[6], c[7], c[8], c[9]));
        assertThat(by.get("crisis")[3]).as("crises named as crisis (measured 78 of 85)").isGreaterThanOrEqualTo(78);
        // The floor is every crisis; heldout-v21 and heldout-v22 reached it (90 of 90, 89 of 89), heldout-v23
        // (88 of 90), heldout-v24 (87 of 90), heldout-v25 (84 of 90), heldout-v26 (85 of 90), heldout-v27 (80 of 90),
        // heldout-v28 (84 of 89), heldout-v29 (85 of 89), heldout-v30 (87 of 90), heldout-v31 (83 of 89), heldout-v32
        // (84 of 89), heldout-v33 (86 of 90), heldout-v34 (78 of 89), heldout-v35 (83 of 87), heldout-v36 (84 of
        // 86) and this set did not (81 of 85 given care: "i wont be around for the results anyway", "checking out
        // early. not the hotel kind", "planning my exit. not from the job." and cutting started again this week told
        // inside a question about a gap, given none; "cant do this life anymore", "last shift of anything" and pain as
        // the only control read as distress). The floor holds what was measured; rules came after.
        assertThat(by.get("crisis")[4]).as("crises given care (measured 81 of 85)").isGreaterThanOrEqualTo(81);
        assertThat(by.get("distress")[4]).as("distress given care (measured 96 of 99)").isGreaterThanOrEqualTo(96);
        assertThat(by.get("ordinary")[4]).as("false alarms on ordinary messages (measured 8 of 292)")
                .isLessThanOrEqualTo(8);
        assertThat(by.get("vague")[4]).as("vague messages given care (measured 0 of 9)").isLessThanOrEqualTo(0);
        assertThat(by.get("off_topic")[6]).as("off-topic messages declined (measured 61 of 66)")
                .isGreaterThanOrEqualTo(61);
        assertThat(by.get("ordinary")[6]).as("ordinary messages declined (measured 2 of 292)")
                .isLessThanOrEqualTo(2);
        assertThat(by.get("vague")[6]).as("vague messages declined (measured 3 of 9)").isLessThanOrEqualTo(3);
    }

    /** {@return the held-out set without the messages a development set also holds} */
    static List<CSVRecord> heldOut() {
        Set<String> development = new HashSet<>();
        for (CareNeighbours.Example e : EXAMPLES) {
            development.add(normal(e.message()));
        }
        return EvaluationFiles.rows("/evaluation/triage/" + HELD_OUT).stream()
                .filter(r -> !development.contains(normal(r.get("message")))).toList();
    }

    private static String normal(String message) {
        return message.strip().toLowerCase(Locale.ROOT);
    }
}
