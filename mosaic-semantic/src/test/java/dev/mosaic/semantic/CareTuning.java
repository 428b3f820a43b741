package dev.mosaic.semantic;

import dev.mosaic.core.internal.Vectors;
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
 * The search for the care neighbours' settings, leaving one set out (or, with {@code -Dcare.leave=message}, one
 * message) over every triage set measured already (the development sets, {@code heldout-v3.csv} included once it was
 * measured), rules first as in the coach. Never the
 * newest held-out set. Run by hand: {@code ./mvnw -pl mosaic-semantic test -Dtest=CareTuning -Dcare.tune=true}.
 */
@EnabledIfSystemProperty(named = "care.tune", matches = "true")
class CareTuning {
    static final List<String> DEVELOPMENT = List.of("tuning.csv", "heldout.csv", "heldout-v2.csv", "blind/M.csv",
            "blind/N.csv", "heldout-v3.csv", "heldout-v4.csv",
            "heldout-v5.csv", "heldout-v6.csv", "heldout-v7.csv", "heldout-v8.csv", "heldout-v9.csv",
            "heldout-v10.csv", "heldout-v11.csv", "heldout-v12.csv", "heldout-v13.csv", "heldout-v14.csv",
            "heldout-v15.csv", "heldout-v16.csv", "heldout-v17.csv", "heldout-v18.csv", "heldout-v19.csv",
            "heldout-v20.csv", "heldout-v21.csv", "heldout-v22.csv", "heldout-v23.csv", "heldout-v24.csv",
            "heldout-v25.csv", "heldout-v26.csv", "heldout-v27.csv", "heldout-v28.csv", "heldout-v29.csv",
            "heldout-v30.csv", "heldout-v31.csv", "heldout-v32.csv", "heldout-v33.csv", "heldout-v34.csv", "heldout-v35.csv",
            "heldout-v36.csv");

    /**
     * Messages written to train on, never measured: every fold learns from them (their set is -1, left out of no
     * fold) and no figure counts them. {@code contrast.csv}: everyday requests that borrow work words, and career
     * questions that mention everyday things (round 18).
     */
    static final List<String> TRAINING_ONLY = List.of("contrast.csv");

    record Row(String label, float[] vector, boolean rulesCrisis, boolean rulesCare, boolean rulesOffTopic,
               boolean rulesWordless, boolean rulesExplained, int set, String text, boolean rulesPro, boolean rulesSigns) {
    }

    /**
     * Leave one set out (the default): a message's neighbours come only from the other sets, and never a message with
     * the same words, as when a new blind set is measured. Leaving one message out lets the other messages its writer
     * wrote in the same set vote, which flattered every setting (round 13: 1.6 % false alarms leaving one out against
     * 3.1–9.5 % on the blind sets).
     */
    static final boolean LEAVE_SET_OUT = !"message".equals(System.getProperty("care.leave", "set"));

    /** {@return every development message, read by the rules and embedded, with the number of its set} */
    static List<Row> developmentRows() {
        List<Row> rows = new ArrayList<>();
        for (int set = 0; set < DEVELOPMENT.size(); set++) {
            for (CSVRecord r : EvaluationFiles.rows("/evaluation/triage/" + DEVELOPMENT.get(set))) {
                rows.add(row(r, set));
            }
        }
        for (String file : TRAINING_ONLY) {
            for (CSVRecord r : EvaluationFiles.rows("/evaluation/triage/" + file)) {
                rows.add(row(r, -1));
            }
        }
        return rows;
    }

    /** A labelled message read by the rules and embedded, in a set ({@code -1}: training only). */
    private static Row row(CSVRecord r, int set) {
        TriageResult t = Triage.bundled().assess(r.get("message"));
        return new Row(r.get("label"), Fixtures.MODEL.embed(r.get("message")), t.verdict() == Verdict.CRISIS,
                t.care(), t.verdict() == Verdict.OFF_TOPIC, t.wordless(), t.explained(), set,
                r.get("message").strip().toLowerCase(java.util.Locale.ROOT),
                Triage.bundled().explain(r.get("message")).contains("PRO "), t.riskSigns());
    }

    @Test
    void search() {
        List<Row> rows = developmentRows();
        int n = rows.size();
        Nearest found = nearest(rows);
        int[][] nearest = found.index();
        double[][] nearestSim = found.similarity();
        System.out.printf("%d development messages, leaving one %s out%n", n, LEAVE_SET_OUT ? "set" : "message");
        // Off-topic: a message the rules neither decline nor give care, declined when most neighbours are off-topic;
        // one the rules declined only for naming no word about work kept when enough neighbours are career questions.
        for (int k : new int[] {5, 7}) {
            for (int off = k / 2 + 1; off <= k; off++) {
              for (int keep : new int[] {99, k / 2, k / 2 + 1, k / 2 + 2}) {
                for (double minSim : new double[] {0.4, 0.5, 0.6}) {
                    int[] c = new int[6]; // off n, declined, ordinary n, declined, vague n, declined
                    for (int i = 0; i < n; i++) {
                        if (rows.get(i).set() < 0) {
                            continue; // training only
                        }
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
        // Three crisis neighbours alone, only with a sign of risk the rules saw (one frame, not enough on its own): a
        // long job-search story sits near crisis messages that tell the same story first. Rounds 13 and 14: 17-18
        // crises fewer for 28-35 false alarms fewer (a sign), or 8-13 for 21-34 (four); not adopted by the rule.
        for (int variant = 0; variant < 3; variant++) {
            int votes = variant == 2 ? 4 : 3;
            boolean needsSign = variant == 1;
            report("CRISIS3 " + List.of("as now", "only with a sign", "four").get(variant), rows, nearest, nearestSim,
                    (row, crisisN, careN, sim) -> {
                        boolean crisisPath = crisisN >= votes && (!needsSign || row.rulesSigns());
                        boolean knnCare = sim >= 0.4 && !row.rulesExplained() && (careN >= 6 || crisisPath);
                        return new boolean[] {row.rulesCrisis() || !row.rulesCare() && knnCare
                                && (crisisN >= careN - crisisN || crisisPath), row.rulesCare() || knnCare};
                    });
        }
        // Only neighbours at a similarity floor count (round 20: heldout-v21's "why does my budgie bob its head" got the
        // crisis reply from three self-harm messages about heads at 0.34-0.36, its nearest a budgie at 0.63). Leaving
        // one set out, 0.4 costs 4 crises named for 9 fewer off-topic messages given care; not adopted. Nor is the
        // second, three crisis neighbours alone not enough where the rules declined the message: 4 crises named fewer
        // for 17 fewer off-topic messages given care.
        for (boolean declinedNeedsSix : new boolean[] {false, true}) {
            report("DECLINED needs six care neighbours " + declinedNeedsSix, rows, nearest, nearestSim,
                    (row, crisisN, careN, sim) -> {
                        boolean crisisPath = crisisN >= 3 && !(declinedNeedsSix && row.rulesOffTopic());
                        boolean knnCare = sim >= 0.4 && !row.rulesExplained() && (careN >= 6 || crisisPath);
                        return new boolean[] {row.rulesCrisis() || !row.rulesCare() && knnCare
                                && (crisisN >= careN - crisisN || crisisPath), row.rulesCare() || knnCare};
                    });
        }
        // The nearest a career question, clearly nearer than any care message: "I'm not burnt out, I just need a new
        // challenge" sits 0.61 from a negated career question and 0.56 from six burnt-out messages.
        for (double margin : new double[] {99, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10}) {
            int[] c = new int[10];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.set() < 0) {
                    continue;
                }
                int crisisN = 0;
                int careN = 0;
                double firstCare = -1;
                for (int t = 0; t < 7; t++) {
                    String l = rows.get(nearest[i][t]).label();
                    boolean care = l.equals("crisis") || l.equals("distress");
                    crisisN += l.equals("crisis") ? 1 : 0;
                    careN += care ? 1 : 0;
                    if (care && firstCare < 0) {
                        firstCare = nearestSim[i][t];
                    }
                }
                boolean vetoed = rows.get(nearest[i][0]).label().equals("ordinary")
                        && nearestSim[i][0] - firstCare >= margin;
                boolean knnCare = nearestSim[i][0] >= 0.4 && !row.rulesExplained() && !vetoed
                        && (careN >= 6 || crisisN >= 3);
                boolean named = row.rulesCrisis() || !row.rulesCare() && knnCare
                        && (crisisN >= careN - crisisN || crisisN >= 3);
                boolean any = row.rulesCare() || knnCare;
                int at = List.of("crisis", "distress", "ordinary", "vague", "off_topic").indexOf(row.label()) * 2;
                if (at >= 0) {
                    c[at]++;
                    c[at + 1] += (at == 0 ? named : any) ? 1 : 0;
                }
            }
            System.out.printf("NEAREST career question %.2f nearer than any care message: crisis %d of %d, distress %d"
                    + " of %d, false alarms %d of %d, off-topic given care %d%n", margin, c[1], c[0], c[3], c[2], c[5],
                    c[4], c[9]);
        }
        for (double floor : new double[] {0, 0.3, 0.35, 0.4, 0.45}) {
            report(String.format("FLOOR neighbours counted at >= %.2f", floor), rows, nearest, nearestSim, floor,
                    (row, crisisN, careN, sim) -> {
                        boolean knnCare = sim >= 0.4 && !row.rulesExplained() && (careN >= 6 || crisisN >= 3);
                        return new boolean[] {row.rulesCrisis() || !row.rulesCare() && knnCare
                                && (crisisN >= careN - crisisN || crisisN >= 3), row.rulesCare() || knnCare};
                    });
        }
        // A guard for work with people in crisis: no neighbour adds care where the rules found the writer speaking of
        // their work with others in trouble (a pupil, a caller, a patient, "as her manager"). Round 13, leaving one set
        // out: 3 crises fewer for 2 false alarms fewer; not adopted.
        for (boolean pro : new boolean[] {false, true}) {
            report("PRO guard " + pro, rows, nearest, nearestSim, (row, crisisN, careN, sim) -> {
                boolean knnCare = sim >= 0.4 && !row.rulesExplained() && !(pro && row.rulesPro())
                        && (careN >= 6 || crisisN >= 3);
                return new boolean[] {row.rulesCrisis() || !row.rulesCare() && knnCare
                        && (crisisN >= careN - crisisN || crisisN >= 3), row.rulesCare() || knnCare};
            });
        }
        // A veto on the rules' distress (never their crisis): the neighbours take away a distress reply the rules gave
        // when at most `veto` of the seven nearest are crisis or distress, with the chosen settings for adding care.
        // Round 13, leaving one set out: none of 7 costs 7 of 1,350 distress messages for 7 of 66 false alarms; not
        // adopted (distress is the safer side to err on, and no setting reached the false alarms the blind sets show).
        for (int veto : new int[] {-1, 0, 1, 2, 3}) {
            for (double minSim : new double[] {0.4, 0.5, 0.6}) {
                report(String.format("VETO distress when care neighbours <= %d (nearest >= %.1f)", veto, minSim), rows,
                        nearest, nearestSim, (row, crisisN, careN, sim) -> {
                            boolean knnCare = sim >= 0.4 && !row.rulesExplained() && (careN >= 6 || crisisN >= 3);
                            boolean vetoed = row.rulesCare() && !row.rulesCrisis() && careN <= veto && sim >= minSim;
                            return new boolean[] {row.rulesCrisis() || !row.rulesCare() && knnCare
                                    && (crisisN >= careN - crisisN || crisisN >= 3),
                                    row.rulesCare() && !vetoed || !row.rulesCare() && knnCare};
                        });
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
                            if (rows.get(i).set() < 0) {
                                continue; // training only
                            }
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

    /** The nine nearest other development messages of each, and their similarities, nearest first. */
    record Nearest(int[][] index, double[][] similarity) {
    }

    /** {@return each development message's nine nearest, leaving out its own set (or only itself)} */
    static Nearest nearest(List<Row> rows) {
        int n = rows.size();
        int[][] nearest = new int[n][9];
        double[][] nearestSim = new double[n][9];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(nearest[i], -1);
            for (int j = 0; j < n; j++) {
                if (i == j || LEAVE_SET_OUT && (rows.get(i).set() == rows.get(j).set()
                        || rows.get(i).text().equals(rows.get(j).text()))) {
                    continue;
                }
                insert(nearest[i], nearestSim[i], j, Vectors.dot(rows.get(i).vector(), rows.get(j).vector()));
            }
        }
        return new Nearest(nearest, nearestSim);
    }

    /**
     * Puts row {@code j} at similarity {@code d} among the nearest found so far ({@code best}, nearest first, -1 where
     * none yet), when it belongs there; the farthest drops out.
     */
    static void insert(int[] best, double[] bestSim, int j, double d) {
        int count = best.length;
        int slot = count;
        while (slot > 0 && (best[slot - 1] < 0 || d > bestSim[slot - 1])) {
            slot--;
        }
        if (slot < count) {
            System.arraycopy(best, slot, best, slot + 1, count - 1 - slot);
            System.arraycopy(bestSim, slot, bestSim, slot + 1, count - 1 - slot);
            best[slot] = j;
            bestSim[slot] = d;
        }
    }

    /** How one variant reads a development message from its seven nearest: {named crisis, given any care}. */
    interface Variant {
        boolean[] read(Row row, int crisisNeighbours, int careNeighbours, double nearestSimilarity);
    }

    /** Reads every development message with a variant and prints crises named, distress and false alarms. */
    private static void report(String name, List<Row> rows, int[][] nearest, double[][] nearestSim, Variant variant) {
        report(name, rows, nearest, nearestSim, 0, variant);
    }

    /**
     * As {@link #report(String, List, int[][], double[][], Variant)}, counting only the neighbours at similarity
     * {@code floor} or more, and printing also the off-topic messages given care.
     */
    private static void report(String name, List<Row> rows, int[][] nearest, double[][] nearestSim, double floor,
            Variant variant) {
        int[] c = new int[10]; // crisis n, named; distress n, care; ordinary n, alarms; vague n, care; off-topic n, care
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).set() < 0) {
                continue; // training only
            }
            Row row = rows.get(i);
            int crisisN = 0;
            int careN = 0;
            for (int t = 0; t < 7; t++) {
                if (nearestSim[i][t] < floor) {
                    break; // nearest first: none after this one counts either
                }
                String l = rows.get(nearest[i][t]).label();
                crisisN += l.equals("crisis") ? 1 : 0;
                careN += l.equals("crisis") || l.equals("distress") ? 1 : 0;
            }
            boolean[] read = variant.read(row, crisisN, careN, nearestSim[i][0]);
            int at = List.of("crisis", "distress", "ordinary", "vague", "off_topic").indexOf(row.label()) * 2;
            if (at >= 0) {
                c[at]++;
                c[at + 1] += (at == 0 ? read[0] : read[1]) ? 1 : 0;
            }
        }
        System.out.printf("%s: crisis %.1f %% (%d of %d), distress %.1f %% (%d of %d), false alarms %.2f %% (%d),"
                + " off-topic given care %d of %d%n", name, 100.0 * c[1] / c[0], c[1], c[0], 100.0 * c[3] / c[2],
                c[3], c[2], 100.0 * c[5] / c[4], c[5], c[9], c[8]);
    }
}
