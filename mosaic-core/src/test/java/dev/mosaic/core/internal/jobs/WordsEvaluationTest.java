package dev.mosaic.core.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.testing.EvaluationFiles;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, deliverable 4: how well Mosaic reads the words people write, on a labelled set written for it by a helper
 * that had not read the vocabulary or the signals model ({@code evaluation/words}, split in halves before any change;
 * the figures printed are the held-out half's). Skills: precision and recall of the vocabulary's reading against the
 * skills the text names (labels the vocabulary has no name for are counted apart). Signals: precision and recall of
 * the signals model for the ten signal kinds the set labels.
 */
class WordsEvaluationTest {
    private static final Set<String> LABELLED_SIGNALS = Set.of("named_target", "named_company", "commitment",
            "time_bound", "count", "completed_action", "not_done", "hedging", "stalled", "passivity");

    record Labelled(String id, String text, List<String> skills, Set<String> signals) {
    }

    @Test
    void heldOutPrecisionAndRecallOfSkillsAndSignals() {
        List<Labelled> heldOut = read("heldout.csv");
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(50);
        assertThat(heldOut).allSatisfy(m -> assertThat(LABELLED_SIGNALS).containsAll(m.signals()));
        SkillVocabulary vocabulary = SkillVocabulary.bundled();
        MetricsModel model = MetricsModel.signals();
        int found = 0;
        int foundRight = 0;
        int named = 0;
        int namedFound = 0;
        int outsideVocabulary = 0;
        int signalsFound = 0;
        int signalsRight = 0;
        int signalsLabelled = 0;
        for (Labelled m : heldOut) {
            Set<String> expected = new LinkedHashSet<>();
            for (String label : m.skills()) {
                List<String> canonical = vocabulary.canonical(label).map(List::of)
                        .orElseGet(() -> vocabulary.skillsIn(label));
                if (canonical.isEmpty()) {
                    outsideVocabulary++;
                } else {
                    expected.addAll(canonical);
                }
            }
            List<String> read = vocabulary.skillsIn(m.text());
            found += read.size();
            foundRight += (int) read.stream().filter(expected::contains).count();
            named += expected.size();
            namedFound += (int) expected.stream().filter(read::contains).count();
            Set<String> signals = new LinkedHashSet<>();
            model.score(Metrics.ZERO, m.text(), List.of()).signals().stream().map(s -> s.kind().key())
                    .filter(LABELLED_SIGNALS::contains).forEach(signals::add);
            signalsFound += signals.size();
            signalsRight += (int) signals.stream().filter(m.signals()::contains).count();
            signalsLabelled += m.signals().size();
        }
        System.out.printf(Locale.ROOT, "[words, held-out, %d texts] skills: precision %d/%d (%.1f %%), recall %d/%d"
                        + " (%.1f %%) of those the vocabulary names, %d labelled skills it has no name for; signals:"
                        + " precision %d/%d (%.1f %%), recall %d/%d (%.1f %%)%n", heldOut.size(), foundRight, found,
                100.0 * foundRight / Math.max(1, found), namedFound, named, 100.0 * namedFound / Math.max(1, named),
                outsideVocabulary, signalsRight, signalsFound, 100.0 * signalsRight / Math.max(1, signalsFound),
                signalsRight, signalsLabelled, 100.0 * signalsRight / Math.max(1, signalsLabelled));
    }

    static List<Labelled> read(String file) {
        return EvaluationFiles.rows("/evaluation/words/" + file).stream().map(record -> new Labelled(record.get("id"),
                record.get("text"), split(record.get("skills")), new LinkedHashSet<>(split(record.get("signals")))))
                .toList();
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
