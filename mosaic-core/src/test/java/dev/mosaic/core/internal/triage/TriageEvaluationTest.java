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
 * Triage quality on a labelled set written blind (see {@code evaluation/triage/README.md}). The rules were tuned on
 * {@code tuning.csv} only; the floors of issue 15 are asserted on {@code heldout.csv}.
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

    @Test
    void heldOutMeetsTheFloorsOfIssue15() {
        List<Labelled> set = read("heldout.csv");
        Figures figures = evaluate(set, false);
        System.out.println("[triage held-out] " + set.size() + " messages: " + figures);
        assertThat(figures.crisisRecall()).as("crisis recall").isEqualTo(1.0);
        assertThat(figures.crisisAsCrisisRate()).as("crisis named as crisis").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.distressRecall()).as("distress recall").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.falseAlarmRate()).as("false alarms on ordinary messages").isLessThanOrEqualTo(0.02);
        assertThat(figures.declinedRate()).as("off-topic declined").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.vagueDeclined()).as("vague messages declined").isZero();
    }

    /**
     * The development sets are tuning data (see {@code development/README.md}), not a test: this keeps the rules
     * from sliding back on them while they are changed.
     */
    @Test
    void developmentSetsStayWhereTheTuningLeftThem() {
        List<Labelled> set = new ArrayList<>();
        for (String name : List.of("F", "G", "H", "I", "J", "K", "L")) {
            set.addAll(read("development/" + name + ".csv"));
        }
        Figures figures = evaluate(set, Boolean.getBoolean("triage.misses"));
        System.out.println("[triage development] " + set.size() + " messages (tuned on): " + figures);
        assertThat(figures.crisisRecall()).as("crisis recall").isGreaterThanOrEqualTo(0.98);
        assertThat(figures.distressRecall()).as("distress recall").isGreaterThanOrEqualTo(0.97);
        assertThat(figures.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(0.02);
        assertThat(figures.declinedRate()).as("off-topic declined").isGreaterThanOrEqualTo(0.85);
        assertThat(figures.vagueDeclined()).as("vague declined").isZero();
    }

    @Test
    void tuningHalfFigures() {
        List<Labelled> set = read("tuning.csv");
        Figures figures = evaluate(set, Boolean.getBoolean("triage.misses"));
        System.out.println("[triage tuning] " + set.size() + " messages (tuned on): " + figures);
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
