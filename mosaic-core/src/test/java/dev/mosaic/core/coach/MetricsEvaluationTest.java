package dev.mosaic.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The signals model against 150 labelled message pairs (which of two messages should score higher on a metric) and
 * 12 multi-turn scripts where momentum must rise with follow-through or fall with giving up. Data written for Mosaic.
 */
class MetricsEvaluationTest {
    private final SignalMetricsModel model = new SignalMetricsModel(Metrics.ZERO);

    @Test
    void pairsAreOrderedCorrectlyForAtLeastNinetyPercentPerMetric() {
        Map<String, int[]> byMetric = new LinkedHashMap<>();
        for (CSVRecord pair : read("metric-pairs.csv")) {
            Metric metric = Metric.valueOf(pair.get("metric").toUpperCase(Locale.ROOT));
            int higher = metric.of(model.messageScores(pair.get("higher"), List.of()));
            int lower = metric.of(model.messageScores(pair.get("lower"), List.of()));
            int[] counts = byMetric.computeIfAbsent(metric.key(), k -> new int[2]);
            counts[1]++;
            if (higher > lower) {
                counts[0]++;
            }
        }
        byMetric.forEach((metric, c) -> System.out.printf(Locale.ROOT,
                "[metrics evaluation] %-8s %d of %d pairs ordered correctly (%.1f %%)%n", metric, c[0], c[1],
                100.0 * c[0] / c[1]));
        assertThat(byMetric).hasSize(3);
        byMetric.forEach((metric, c) -> assertThat((double) c[0] / c[1]).as(metric).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void momentumRisesWithFollowThroughAndFallsWithGivingUp() {
        Map<String, List<CSVRecord>> scripts = new LinkedHashMap<>();
        for (CSVRecord row : read("momentum-scripts.csv")) {
            scripts.computeIfAbsent(row.get("script"), k -> new ArrayList<>()).add(row);
        }
        int steps = 0;
        int right = 0;
        for (Map.Entry<String, List<CSVRecord>> script : scripts.entrySet()) {
            List<Coach.Turn> earlier = new ArrayList<>(); // newest first, as the store returns them
            Metrics state = model.initial();
            Integer first = null;
            int ups = 0;
            int downs = 0;
            for (CSVRecord row : script.getValue()) {
                Metrics next = model.score(state, row.get("message"), earlier).metrics();
                String expected = row.get("momentum_after");
                if (!expected.equals("start")) {
                    steps++;
                    boolean ok = expected.equals("up") ? next.momentum() > state.momentum()
                            : next.momentum() < state.momentum();
                    right += ok ? 1 : 0;
                    ups += expected.equals("up") ? 1 : 0;
                    downs += expected.equals("down") ? 1 : 0;
                } else {
                    first = next.momentum();
                }
                earlier.add(0, new Coach.Turn(earlier.size() + 1, row.get("message"), "reply", next,
                        CoachReply.Source.LIBRARY, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Instant.EPOCH));
                state = next;
            }
            if (ups > downs) {
                assertThat(state.momentum()).as("%s rises overall", script.getKey()).isGreaterThan(first);
            } else {
                assertThat(state.momentum()).as("%s falls overall", script.getKey()).isLessThan(first);
            }
        }
        System.out.printf(Locale.ROOT, "[metrics evaluation] momentum moved the expected way in %d of %d script "
                + "steps (%d scripts)%n", right, steps, scripts.size());
        assertThat((double) right / steps).isGreaterThanOrEqualTo(0.9);
    }

    private static List<CSVRecord> read(String name) {
        try (Reader reader = new InputStreamReader(MetricsEvaluationTest.class.getResourceAsStream(
                "/evaluation/" + name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
