package dev.mosaic.semantic;

import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.core.internal.triage.Verdict;
import dev.mosaic.testing.EvaluationFiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search for the care neighbours' settings, leave one out over every triage set measured already (the
 * development sets, {@code heldout-v3.csv} included once it was measured), rules first as in the coach. Never the
 * newest held-out set. Run by hand: {@code ./mvnw -pl mosaic-semantic test -Dtest=CareTuning -Dcare.tune=true}.
 */
@EnabledIfSystemProperty(named = "care.tune", matches = "true")
class CareTuning {
    static final List<String> DEVELOPMENT = List.of("tuning.csv", "heldout.csv", "heldout-v2.csv", "blind/M.csv",
            "blind/N.csv", "heldout-v3.csv", "heldout-v4.csv",
            "heldout-v5.csv", "heldout-v6.csv", "heldout-v7.csv", "heldout-v8.csv", "heldout-v9.csv",
            "heldout-v10.csv", "heldout-v11.csv");

    record Row(String label, float[] vector, boolean rulesCrisis, boolean rulesCare, boolean rulesOffTopic,
               boolean rulesWordless, boolean rulesExplained) {
    }

    @Test
    void search() {
        List<Row> rows = new ArrayList<>();
        for (String file : DEVELOPMENT) {
            for (CSVRecord r : EvaluationFiles.rows("/evaluation/triage/" + file)) {
                TriageResult t = Triage.bundled().assess(r.get("message"));
                rows.add(new Row(r.get("label"), Fixtures.MODEL.embed(r.get("message")),
                        t.verdict() == Verdict.CRISIS, t.care(), t.verdict() == Verdict.OFF_TOPIC, t.wordless(), t.explained()));
            }
        }
        int n = rows.size();
        int[][] nearest = new int[n][9];
        double[][] nearestSim = new double[n][9];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(nearest[i], -1);
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double d = 0;
                for (int k = 0; k < rows.get(i).vector().length; k++) {
                    d += rows.get(i).vector()[k] * rows.get(j).vector()[k];
                }
                int slot = 9;
                while (slot > 0 && (nearest[i][slot - 1] < 0 || d > nearestSim[i][slot - 1])) {
                    slot--;
                }
                if (slot < 9) {
                    System.arraycopy(nearest[i], slot, nearest[i], slot + 1, 8 - slot);
                    System.arraycopy(nearestSim[i], slot, nearestSim[i], slot + 1, 8 - slot);
                    nearest[i][slot] = j;
                    nearestSim[i][slot] = d;
                }
            }
        }
        System.out.printf("%d development messages%n", n);
        // Off-topic: a message the rules neither decline nor give care, declined when most neighbours are off-topic;
        // one the rules declined only for naming no word about work kept when enough neighbours are career questions.
        for (int k : new int[] {5, 7}) {
            for (int off = k / 2 + 1; off <= k; off++) {
              for (int keep : new int[] {99, k / 2, k / 2 + 1, k / 2 + 2}) {
                for (double minSim : new double[] {0.4, 0.5, 0.6}) {
                    int[] c = new int[6]; // off n, declined, ordinary n, declined, vague n, declined
                    for (int i = 0; i < n; i++) {
                        Row row = rows.get(i);
                        int offN = 0;
                        int careerN = 0;
                        for (int t = 0; t < k; t++) {
                            offN += rows.get(nearest[i][t]).label().equals("off_topic") ? 1 : 0;
                            careerN += rows.get(nearest[i][t]).label().equals("ordinary") ? 1 : 0;
                        }
                        boolean close = nearestSim[i][0] >= minSim;
                        boolean knnOff = !row.rulesCare() && offN >= off && close;
                        boolean kept = row.rulesWordless() && careerN >= keep && close;
                        boolean declined = row.rulesOffTopic() && !kept || knnOff;
                        switch (row.label()) {
                            case "off_topic" -> {
                                c[0]++;
                                c[1] += declined ? 1 : 0;
                            }
                            case "ordinary" -> {
                                c[2]++;
                                c[3] += declined ? 1 : 0;
                            }
                            case "vague" -> {
                                c[4]++;
                                c[5] += declined ? 1 : 0;
                            }
                            default -> {
                            }
                        }
                    }
                    System.out.printf("OFF k=%d off>=%d keep>=%d sim>=%.1f: off-topic declined %.1f %%, ordinary declined"
                            + " %d of %d, vague declined %d of %d%n", k, off, keep, minSim, 100.0 * c[1] / c[0], c[3],
                            c[2], c[5], c[4]);
                }
              }
            }
        }
        // Care: with and without the guard that lets no neighbour add care where the rules explained care words away.
        for (boolean guard : new boolean[] {false, true}) {
        for (int k : new int[] {5, 7, 9}) {
            for (int care : new int[] {k / 2, k / 2 + 1, k - 1}) {
                for (int crisisOnly : new int[] {0, 2, 3}) {
                    for (double minSim : new double[] {0.4, 0.5, 0.6}) {
                        int[] c = new int[8]; // crisis n, crisis named, distress n, distress care, ordinary n, alarms, vague n, vague care
                        for (int i = 0; i < n; i++) {
                            Row row = rows.get(i);
                            int crisisN = 0;
                            int careN = 0;
                            for (int t = 0; t < k; t++) {
                                String l = rows.get(nearest[i][t]).label();
                                crisisN += l.equals("crisis") ? 1 : 0;
                                careN += l.equals("crisis") || l.equals("distress") ? 1 : 0;
                            }
                            boolean close = nearestSim[i][0] >= minSim && !(guard && row.rulesExplained());
                            boolean knnCare = close && (careN >= care || (crisisOnly > 0 && crisisN >= crisisOnly));
                            boolean knnCrisis = knnCare && (crisisN >= careN - crisisN
                                    || (crisisOnly > 0 && crisisN >= crisisOnly));
                            boolean crisis = row.rulesCrisis() || (!row.rulesCare() && knnCrisis);
                            boolean anyCare = row.rulesCare() || knnCare;
                            switch (row.label()) {
                                case "crisis" -> {
                                    c[0]++;
                                    c[1] += crisis ? 1 : 0;
                                }
                                case "distress" -> {
                                    c[2]++;
                                    c[3] += anyCare ? 1 : 0;
                                }
                                case "ordinary" -> {
                                    c[4]++;
                                    c[5] += anyCare ? 1 : 0;
                                }
                                case "vague" -> {
                                    c[6]++;
                                    c[7] += anyCare ? 1 : 0;
                                }
                                default -> {
                                }
                            }
                        }
                        System.out.printf("guard=%s k=%d care>=%d crisis>=%d sim>=%.1f: crisis %.1f %%, distress %.1f %%,"
                                        + " false alarms %.2f %% (%d), vague given care %d%n", guard, k, care, crisisOnly,
                                minSim, 100.0 * c[1] / c[0], 100.0 * c[3] / c[2], 100.0 * c[5] / c[4], c[5], c[7]);
                    }
                }
            }
        }
        }
    }
}
