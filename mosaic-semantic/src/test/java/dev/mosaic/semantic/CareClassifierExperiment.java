package dev.mosaic.semantic;

import dev.mosaic.core.internal.triage.LinearLabeller;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search for the linear reading's settings ({@link LinearLabeller}), beside {@link CareTuning}: the reading is
 * trained on the other development sets and read on the one left out, rules first as in the coach, and compared with
 * the seven nearest labelled messages alone, for off-topic and for care, over all development sets and on the newest
 * of them. Round 17 chose it for off-topic only (declined when the neighbours say so or the reading's probability is
 * 0.7 or more); for care it named fewer crises than the neighbours for more false alarms, alone or beside them, and
 * as a veto on the neighbours' care it cost crises (round 18). Round 18 also kept a decline by the rules when the
 * reading gives a career message 0.7 or more ({@code knn|clf0.7+keep0.7}). Run by hand:
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=CareClassifierExperiment -Dcare.tune=true} (about four minutes;
 * {@code -Dcare.lambda}, {@code -Dcare.steps}, {@code -Dcare.off=knn,knn|clf0.7+keep0.7,...} and
 * {@code -Dcare.care=knn,knn&clf0.2/2,...} vary it).
 */
@EnabledIfSystemProperty(named = "care.tune", matches = "true")
class CareClassifierExperiment {
    @Test
    void leaveOneSetOut() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        int n = rows.size();
        int sets = CareTuning.DEVELOPMENT.size();
        double lambda = Double.parseDouble(System.getProperty("care.lambda", "1e-4"));
        int steps = Integer.getInteger("care.steps", 300);
        double[][] p = new double[n][];
        for (int s = 0; s < sets; s++) {
            final int out = s;
            List<CareTuning.Row> train = rows.stream().filter(r -> r.set() != out).toList();
            LinearLabeller model = LinearLabeller.train(train.stream().map(CareTuning.Row::vector).toList(),
                    train.stream().map(CareTuning.Row::label).toList(), lambda, steps);
            for (int i = 0; i < n; i++) {
                if (rows.get(i).set() == out) {
                    p[i] = model.probabilities(rows.get(i).vector());
                }
            }
        }
        System.out.printf("lambda=%g steps=%d%n", lambda, steps);
        CareTuning.Nearest near = CareTuning.nearest(rows);
        int last = sets - 1; // the newest development set
        for (String variant : List.of(System.getProperty("care.off",
                "knn,clf0.5,clf0.7,clf0.8,knn|clf0.7,knn|clf0.8,knn|clf0.9,knn&clf0.3").split(","))) {
            int[] all = new int[6];
            int[] newest = new int[6];
            for (int i = 0; i < n; i++) {
                if (rows.get(i).set() < 0) {
                    continue; // training only
                }
                CareTuning.Row row = rows.get(i);
                int offN = 0;
                int careerN = 0;
                for (int t = 0; t < 7; t++) {
                    offN += rows.get(near.index()[i][t]).label().equals("off_topic") ? 1 : 0;
                    careerN += rows.get(near.index()[i][t]).label().equals("ordinary") ? 1 : 0;
                }
                boolean close = near.similarity()[i][0] >= 0.4;
                boolean knnOff = !row.rulesCare() && offN >= 4 && close;
                boolean knnKept = row.rulesWordless() && careerN >= 5 && close; // not final: "+keep" widens it
                // "...+keepK": a decline by the rules is also kept when the reading gives ordinary K or more;
                // "...+vetoN": the reading declines nothing that N or more of the seven nearest call a career question
                String[] parts = variant.split("\\+");
                double keep = 2;
                int veto = 99;
                for (int k = 1; k < parts.length; k++) {
                    if (parts[k].startsWith("keep")) {
                        keep = Double.parseDouble(parts[k].substring(4));
                    } else if (parts[k].startsWith("veto")) {
                        veto = Integer.parseInt(parts[k].substring(4));
                    }
                }
                String base = parts[0];
                double theta = base.contains("clf")
                        ? Double.parseDouble(base.substring(base.indexOf("clf") + 3)) : 2;
                boolean clfOff = !row.rulesCare() && p[i][3] >= theta && !(careerN >= veto && close);
                boolean clfKept = row.rulesWordless() && p[i][2] >= 0.5;
                knnKept |= p[i][2] >= keep;
                boolean declined = switch (base.replaceAll("[0-9.]", "")) {
                    case "knn" -> row.rulesOffTopic() && !knnKept || knnOff;
                    case "clf" -> row.rulesOffTopic() && !clfKept || clfOff;
                    case "knn|clf" -> row.rulesOffTopic() && !knnKept || knnOff || clfOff;
                    default -> row.rulesOffTopic() && !knnKept || knnOff && clfOff;
                };
                tally(List.of("off_topic", "ordinary", "vague").indexOf(row.label()), declined, row.set() == last,
                        all, newest);
            }
            System.out.printf("  OFF %-12s all: off-topic %.1f %% (%d of %d), ordinary %d of %d, vague %d of %d;"
                    + " newest set: off-topic %d of %d, ordinary %d of %d, vague %d of %d%n", variant,
                    100.0 * all[1] / all[0], all[1], all[0], all[3], all[2], all[5], all[4], newest[1],
                    newest[0], newest[3], newest[2], newest[5], newest[4]);
        }
        for (String variant : List.of(System.getProperty("care.care", "knn,clf0.7/0.4,clf0.8/0.4,"
                + "knn|clf0.9/2,knn|clf0.95/2,knn|clf0.8/0.5,knn|clf0.9/0.5,knn&clf0.1/2,knn&clf0.2/2,"
                + "knn&clf0.3/2").split(","))) {
            int[] all = new int[8];
            int[] newest = new int[8];
            for (int i = 0; i < n; i++) {
                if (rows.get(i).set() < 0) {
                    continue; // training only
                }
                CareTuning.Row row = rows.get(i);
                int crisisN = 0;
                int careN = 0;
                for (int t = 0; t < 7; t++) {
                    String l = rows.get(near.index()[i][t]).label();
                    crisisN += l.equals("crisis") ? 1 : 0;
                    careN += l.equals("crisis") || l.equals("distress") ? 1 : 0;
                }
                boolean knnCare = near.similarity()[i][0] >= 0.4 && !row.rulesExplained()
                        && (careN >= 6 || crisisN >= 3);
                boolean knnCrisis = knnCare && (crisisN >= careN - crisisN || crisisN >= 3);
                double care = 2;
                double alone = 2;
                if (variant.contains("clf")) {
                    String[] t = variant.substring(variant.indexOf("clf") + 3).split("/");
                    care = Double.parseDouble(t[0]);
                    alone = Double.parseDouble(t[1]);
                }
                boolean clfCare = !row.rulesExplained() && (p[i][0] + p[i][1] >= care || p[i][0] >= alone);
                boolean clfCrisis = clfCare && (p[i][0] >= p[i][1] || p[i][0] >= alone);
                // "knn&clf": the neighbours add care only where the reading also sees some (a veto)
                boolean both = variant.startsWith("knn&");
                boolean add = both ? knnCare && clfCare : variant.startsWith("knn") && knnCare || clfCare;
                boolean addCrisis = both ? knnCrisis && clfCare
                        : variant.startsWith("knn") && knnCrisis || clfCrisis;
                boolean crisis = row.rulesCrisis() || !row.rulesCare() && addCrisis;
                boolean anyCare = row.rulesCare() || add;
                int label = List.of("crisis", "distress", "ordinary", "vague").indexOf(row.label());
                tally(label, label == 0 ? crisis : anyCare, row.set() == last, all, newest);
            }
            System.out.printf("  CARE %-14s all: crisis %d of %d, distress %d of %d, false alarms %d of %d, "
                    + "vague %d; newest set: crisis %d of %d, distress %d of %d, false alarms %d of %d, vague %d%n",
                    variant, all[1], all[0], all[3], all[2], all[5], all[4], all[7], newest[1], newest[0],
                    newest[3], newest[2], newest[5], newest[4], newest[7]);
        }
    }

    /**
     * Counts a message of the label at {@code label} (none when negative) in pairs {count, hits}, over all sets and,
     * when it is in the newest development set, over that one.
     */
    private static void tally(int label, boolean hit, boolean inNewest, int[] all, int[] newest) {
        if (label < 0) {
            return;
        }
        all[2 * label]++;
        all[2 * label + 1] += hit ? 1 : 0;
        if (inNewest) {
            newest[2 * label]++;
            newest[2 * label + 1] += hit ? 1 : 0;
        }
    }
}
