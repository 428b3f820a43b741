package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Triage quality on labelled sets written blind (see {@code evaluation/triage/README.md} and {@code RESULTS.md}).
 * Only the newest held-out set has never been tuned on: its test holds the rules to the figures measured on it
 * once, which are below issue 15's targets (the record says by how much). Every older set has been tuned on and
 * only guards against sliding back.
 */
class TriageEvaluationTest {
    private static final Triage TRIAGE = Triage.bundled();

    record Labelled(String id, String label, String kind, String message) {
    }

    record Figures(int crisis, int crisisFound, int crisisAsCrisis, int distress, int distressFound, int ordinary,
                   int falseAlarms, int ordinaryDeclined, int offTopic, int declined, int vague, int vagueDeclined,
                   int vagueCare) {
        double crisisRecall() {
            return (double) crisisFound / crisis;
        }

        double crisisAsCrisisRate() {
            return (double) crisisAsCrisis / crisis;
        }

        double distressRecall() {
            return (double) distressFound / distress;
        }

        double falseAlarmRate() {
            return (double) falseAlarms / ordinary;
        }

        double declinedRate() {
            return (double) declined / offTopic;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "crisis recall %d/%d (%.1f %%), named crisis %d/%d (%.1f %%); "
                            + "distress recall %d/%d (%.1f %%); false alarms %d/%d ordinary (%.1f %%), "
                            + "ordinary declined as off-topic %d; off-topic declined %d/%d (%.1f %%); "
                            + "vague declined %d/%d, vague given care %d",
                    crisisFound, crisis, 100 * crisisRecall(), crisisAsCrisis, crisis, 100 * crisisAsCrisisRate(),
                    distressFound, distress, 100 * distressRecall(), falseAlarms, ordinary, 100 * falseAlarmRate(),
                    ordinaryDeclined, declined, offTopic, 100 * declinedRate(), vagueDeclined, vague, vagueCare);
        }
    }

    /**
     * {@code heldout-v3.csv}, measured once at commit b38060c (rules of 8a1572a): crisis recall 60/80, all named as
     * crisis; distress recall 79/90; false alarms 8/368; off-topic declined 55/64; vague declined 2/75. Issue 15's
     * targets (100 %, >= 95 %, <= 2 %, >= 95 %, 0) are not met; these floors are the measured figures, so that a
     * change to the rules cannot make new language worse unnoticed. When this set is tuned on, it moves to
     * {@link #tunedOnSetsStayWhereTheTuningLeftThem} and a newer blind set takes its place.
     */
    @Test
    void newestHeldOutSetStaysAtItsMeasuredFigures() {
        List<Labelled> set = read("heldout-v3.csv");
        Figures figures = evaluate(set, Boolean.getBoolean("triage.misses"));
        System.out.println("[triage held-out v3, never tuned on] " + set.size() + " messages: " + figures);
        assertThat(figures.crisisFound()).as("crisis messages given care (of %d)", figures.crisis())
                .isGreaterThanOrEqualTo(60);
        assertThat(figures.crisisAsCrisis()).as("crisis messages named as crisis").isGreaterThanOrEqualTo(60);
        assertThat(figures.distressFound()).as("distress messages given care (of %d)", figures.distress())
                .isGreaterThanOrEqualTo(79);
        assertThat(figures.falseAlarms()).as("ordinary messages given care (of %d)", figures.ordinary())
                .isLessThanOrEqualTo(8);
        assertThat(figures.declined()).as("off-topic messages declined (of %d)", figures.offTopic())
                .isGreaterThanOrEqualTo(55);
        assertThat(figures.vagueDeclined()).as("vague messages declined").isLessThanOrEqualTo(2);
        assertThat(figures.vagueCare()).as("vague messages given care").isZero();
    }

    /**
     * Every set the rules were tuned on: the split's two halves, the development sets F to L, the blind sets M and N
     * and held-out v2 (each became tuning data once measured). Not a quality figure (see {@code RESULTS.md}); this
     * keeps the rules from sliding back on them while they are changed.
     */
    @Test
    void tunedOnSetsStayWhereTheTuningLeftThem() {
        List<Labelled> set = new ArrayList<>();
        for (String name : List.of("tuning.csv", "heldout.csv", "blind/M.csv", "blind/N.csv", "heldout-v2.csv")) {
            set.addAll(read(name));
        }
        for (String name : List.of("F", "G", "H", "I", "J", "K", "L")) {
            set.addAll(read("development/" + name + ".csv"));
        }
        Figures figures = evaluate(set, Boolean.getBoolean("triage.misses"));
        System.out.println("[triage tuned on] " + set.size() + " messages: " + figures);
        assertThat(figures.crisisRecall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(figures.crisisAsCrisisRate()).as("crisis named as crisis").isGreaterThanOrEqualTo(0.98);
        assertThat(figures.distressRecall()).as("distress recall").isGreaterThanOrEqualTo(0.98);
        assertThat(figures.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(0.01);
        assertThat(figures.declinedRate()).as("off-topic declined").isGreaterThanOrEqualTo(0.9);
        assertThat(figures.vagueDeclined()).as("vague declined").isLessThanOrEqualTo(2);
        assertThat(figures.vagueCare()).as("vague given care").isZero();
    }

    static Figures evaluate(List<Labelled> set, boolean printMisses) {
        int crisis = 0, crisisFound = 0, crisisAsCrisis = 0, distress = 0, distressFound = 0, ordinary = 0;
        int falseAlarms = 0, ordinaryDeclined = 0, offTopic = 0, declined = 0, vague = 0, vagueDeclined = 0;
        int vagueCare = 0;
        for (Labelled m : set) {
            TriageResult result = TRIAGE.assess(m.message());
            Verdict v = result.verdict();
            boolean miss;
            switch (m.label()) {
                case "crisis" -> {
                    crisis++;
                    crisisFound += result.care() ? 1 : 0;
                    crisisAsCrisis += v == Verdict.CRISIS ? 1 : 0;
                    miss = v != Verdict.CRISIS;
                }
                case "distress" -> {
                    distress++;
                    distressFound += result.care() ? 1 : 0;
                    miss = v != Verdict.DISTRESS;
                }
                case "ordinary" -> {
                    ordinary++;
                    falseAlarms += result.care() ? 1 : 0;
                    ordinaryDeclined += v == Verdict.OFF_TOPIC ? 1 : 0;
                    miss = v != Verdict.COACHING;
                }
                case "off_topic" -> {
                    offTopic++;
                    declined += v == Verdict.OFF_TOPIC ? 1 : 0;
                    miss = v != Verdict.OFF_TOPIC;
                }
                case "vague" -> {
                    vague++;
                    vagueDeclined += v == Verdict.OFF_TOPIC ? 1 : 0;
                    vagueCare += result.care() ? 1 : 0;
                    miss = v != Verdict.VAGUE && v != Verdict.COACHING;
                }
                default -> throw new IllegalStateException("unknown label " + m.label() + " in " + m.id());
            }
            if (printMisses && miss) {
                System.out.printf(Locale.ROOT, "MISS %s %s/%s -> %s %s [%s] line %d: %s%n", m.id(), m.label(),
                        m.kind(), v, result.kind().map(Object::toString).orElse(""), result.cue(), result.rule(),
                        m.message());
            }
        }
        return new Figures(crisis, crisisFound, crisisAsCrisis, distress, distressFound, ordinary, falseAlarms,
                ordinaryDeclined, offTopic, declined, vague, vagueDeclined, vagueCare);
    }

    static List<Labelled> read(String file) {
        try (InputStream in = TriageEvaluationTest.class.getResourceAsStream("/evaluation/triage/" + file)) {
            List<Labelled> out = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new Labelled(row.get("id"), row.get("label"), row.get("kind"), row.get("message")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Predicate<Labelled> label(String label) {
        return m -> m.label().equals(label);
    }
}
