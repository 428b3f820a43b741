package dev.mosaic.semantic;

import dev.mosaic.core.internal.Vectors;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.testing.EvaluationFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Whether a crisis or distress neighbour is near for its care or for the career question it shares (round 30). Most
 * crisis examples since round 24 are a career question with one crisis sentence, so a plain career question on the
 * same subject ("I keep procrastinating on updating my CV") finds several of them among its seven nearest ("what's
 * the point of updating my CV when I won't be here"). Each care example gets its twin: the career question nearest to
 * it. A care neighbour then counts only when the message is nearer to it than to its twin by a margin: a message that
 * shares only the career part sits about as near the twin. Measured leaving one set out on the development sets, and
 * on career messages written blind for the other evaluations (understanding), none of them in the examples.
 * Also the vetoes by a clearly nearer career question (0.05, as since round 20) or off-topic or vague message (tried
 * here, adopted at 0.10 in round 31: {@code CareNeighbours.OTHER_NEARER}), and a gate on the crisis path by the linear
 * reading ({@link #linearGate}). Not run by the build:
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=CareTwinExperiment -Dcare.twins=true} (or {@code -Dcare.gate=true}, or
 * {@code -Dcare.masked=true} for the care taken out of each example, round 32, and the off-topic veto it also measures).
 */
class CareTwinExperiment {
    private static final int TWINS = 4;
    /**
     * For {@link #crisisPathNearness}: the crisis path (three crises of seven, fewer than six care) taken only when the
     * crises among the seven are on average no further than the career questions among them, less this; NaN: always.
     */
    private static double pathMargin = Double.NaN;

    @Test
    @EnabledIfSystemProperty(named = "care.twins", matches = "true")
    void twins() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        int n = rows.size();
        CareTuning.Nearest near = CareTuning.nearest(rows);
        // Each care example's nearest career questions, from any set but its own (the first not in the measured
        // message's set is its twin, so a message is never its own neighbour's twin)
        int[][] twins = new int[n][];
        for (int e = 0; e < n; e++) {
            if (isCare(rows.get(e).label())) {
                twins[e] = nearestOrdinary(rows, rows.get(e).vector(), rows.get(e).set(), TWINS);
            }
        }
        List<Outside> outside = outside(rows);
        for (String variant : System.getProperty("care.variants", "-1/0.05/99,0.04/0.05/99,-1/0.05/0.05,-1/0.05/0.1,"
                + "-1/0.05/0.15,-1/0.05/0.2").split(",")) {
            String[] v = variant.split("/");
            double margin = Double.parseDouble(v[0]);
            double careerNearer = Double.parseDouble(v[1]);
            double otherNearer = Double.parseDouble(v[2]);
            int[] c = tally(rows, i -> read(rows, rows.get(i), near.index()[i], near.similarity()[i], twins, margin,
                    careerNearer, otherNearer, rows.get(i).set(), true));
            List<String> given = given(outside, o -> read(rows, o.row(), o.nearest(), o.similarity(), twins, margin,
                    careerNearer, otherNearer, Integer.MIN_VALUE, true));
            System.out.printf(Locale.ROOT, "TWIN twin margin %.2f, career nearer %.2f, off-topic or vague nearer %.2f:"
                    + " %s%s%n", margin, careerNearer, otherNearer, figures(c), figures(given, outside));
            given.stream().limit(12).forEach(x -> System.out.println("TWIN     " + x));
        }
    }

    /**
     * The crisis path (three crisis neighbours of seven, fewer than six care) only where the linear reading gives the
     * message some crisis too, or the rules saw a sign of risk: each fold's reading trained without the fold's set.
     * {@code -Dcare.gate=true}
     */
    @Test
    @EnabledIfSystemProperty(named = "care.gate", matches = "true")
    void linearGate() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        int n = rows.size();
        CareTuning.Nearest near = CareTuning.nearest(rows);
        double[][] p = new double[n][];
        for (int s = 0; s < CareTuning.DEVELOPMENT.size(); s++) {
            final int out = s;
            List<CareTuning.Row> train = rows.stream().filter(r -> r.set() != out).toList();
            dev.mosaic.core.internal.triage.LinearLabeller model = dev.mosaic.core.internal.triage.LinearLabeller.train(
                    train.stream().map(CareTuning.Row::vector).toList(),
                    train.stream().map(CareTuning.Row::label).toList(), 1e-4, 300);
            for (int i = 0; i < n; i++) {
                if (rows.get(i).set() == out) {
                    p[i] = model.probabilities(rows.get(i).vector());
                }
            }
        }
        dev.mosaic.core.internal.triage.LinearLabeller all = dev.mosaic.core.internal.triage.LinearLabeller.train(
                rows.stream().map(CareTuning.Row::vector).toList(), rows.stream().map(CareTuning.Row::label).toList(),
                1e-4, 300);
        List<Outside> outside = outside(rows);
        for (double gate : new double[] {-1, 0.02, 0.05, 0.1, 0.2}) {
            for (boolean sign : new boolean[] {true, false}) {
                int[] c = tally(rows, i -> read(rows, rows.get(i), near.index()[i], near.similarity()[i], null, -1,
                        0.05, 0.10, rows.get(i).set(), p[i][0] >= gate || sign && rows.get(i).rulesSigns()));
                List<String> given = given(outside, o -> read(rows, o.row(), o.nearest(), o.similarity(), null, -1,
                        0.05, 0.10, Integer.MIN_VALUE,
                        all.probabilities(o.row().vector())[0] >= gate || sign && o.row().rulesSigns()));
                System.out.printf(Locale.ROOT, "GATE crisis path needs linear crisis >= %.2f%s: %s%s%n", gate,
                        sign ? " or a sign" : "", figures(c), figures(given, outside));
                given.stream().filter(x -> x.startsWith("crisis")).forEach(x -> System.out.println("GATE     " + x));
            }
        }
    }

    /**
     * A care neighbour counts only when its care is what makes it near: each crisis and distress example the rules
     * give care is embedded again without the words they named it by ("what's the point of updating my CV when I
     * won't be here" without "won't be here"), and a message nearer to that remainder than to the whole, by less than
     * a margin, shares only the rest. {@code -Dcare.masked=true}, margins by {@code -Dcare.maskMargins=0,0.02}.
     */
    @Test
    @EnabledIfSystemProperty(named = "care.masked", matches = "true")
    void masked() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        int n = rows.size();
        CareTuning.Nearest near = CareTuning.nearest(rows);
        float[][] masked = new float[n][];
        int count = 0;
        for (int e = 0; e < n; e++) {
            CareTuning.Row row = rows.get(e);
            if (!isCare(row.label())) {
                continue;
            }
            TriageResult t = Triage.bundled().assess(row.text());
            String cue = t.cue().strip().toLowerCase(Locale.ROOT);
            int at = cue.isEmpty() || !t.care() ? -1 : row.text().indexOf(cue);
            if (at < 0) {
                continue;
            }
            String rest = (row.text().substring(0, at) + " " + row.text().substring(at + cue.length())).strip();
            if (rest.split("\\s+").length >= 3) {
                masked[e] = Fixtures.MODEL.embed(rest);
                count++;
            }
        }
        System.out.printf(Locale.ROOT, "MASK %d care examples have a remainder%n", count);
        List<Outside> outside = outside(rows);
        for (String m : System.getProperty("care.maskMargins", "-9,0,0.02,0.04,0.06").split(",")) {
            double margin = Double.parseDouble(m);
            int[] c = tally(rows, i -> read(rows, rows.get(i), near.index()[i], near.similarity()[i], null, -1, 0.05,
                    0.10, rows.get(i).set(), true, masked, margin));
            List<String> given = given(outside, o -> read(rows, o.row(), o.nearest(), o.similarity(), null, -1, 0.05,
                    0.10, Integer.MIN_VALUE, true, masked, margin));
            System.out.printf(Locale.ROOT, "MASK margin %.2f: %s%s%n", margin, figures(c), figures(given, outside));
            given.forEach(x -> System.out.println("MASK     " + x));
        }
        // A message the rules read as off-topic, with no sign of risk: neighbour care only when fewer than k of its
        // seven nearest are off-topic
        for (int k = 1; k <= 3; k++) {
            final int most = k;
            int[] c = tally(rows, i -> offTopicBlocked(rows, rows.get(i), near.index()[i], most)
                    ? new boolean[] {false, false}
                    : read(rows, rows.get(i), near.index()[i], near.similarity()[i], null, -1, 0.05, 0.10,
                            rows.get(i).set(), true));
            System.out.printf(Locale.ROOT, "OFFBLOCK %d off-topic neighbours: %s%n", most, figures(c));
            for (int i = 0; i < rows.size(); i++) {
                CareTuning.Row r = rows.get(i);
                if (r.set() >= 0 && isCare(r.label())
                        && offTopicBlocked(rows, r, near.index()[i], most)
                        && read(rows, r, near.index()[i], near.similarity()[i], null, -1, 0.05, 0.10, r.set(),
                                true)[1]) {
                    System.out.println("OFFBLOCK     lost " + r.label() + ": " + r.text());
                }
            }
        }
    }

    private static boolean offTopicBlocked(List<CareTuning.Row> rows, CareTuning.Row row, int[] nearest, int most) {
        if (!row.rulesOffTopic() || row.rulesSigns() || row.rulesCare()) {
            return false;
        }
        int off = 0;
        for (int t = 0; t < 7; t++) {
            off += rows.get(nearest[t]).label().equals("off_topic") ? 1 : 0;
        }
        return off >= most;
    }

    /**
     * The crisis path of three crises in seven only when the crises are on average about as near as the career
     * questions beside them ("I'm 58 and was made redundant ... I suspect my age is the problem", the opening of
     * thread conversation c39, sits among three crises of 58-year-olds made redundant and three plain questions about
     * age, the questions nearer). {@code -Dcare.path=true}
     */
    @Test
    @EnabledIfSystemProperty(named = "care.path", matches = "true")
    void crisisPathNearness() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        CareTuning.Nearest near = CareTuning.nearest(rows);
        List<Outside> outside = outside(rows);
        boolean[][] base = null; // the first margin's readings
        for (String m : System.getProperty("care.pathMargins", "NaN,0,0.01,0.02,0.03").split(",")) {
            pathMargin = Double.parseDouble(m);
            boolean[][] now = new boolean[rows.size()][];
            int[] c = tally(rows, i -> now[i] = read(rows, rows.get(i), near.index()[i], near.similarity()[i], null,
                    -1, 0.05, 0.10, rows.get(i).set(), true));
            List<String> given = given(outside, o -> read(rows, o.row(), o.nearest(), o.similarity(), null, -1, 0.05,
                    0.10, Integer.MIN_VALUE, true));
            System.out.printf(Locale.ROOT, "PATH margin %s: %s%s%n", m, figures(c), figures(given, outside));
            given.stream().filter(x -> x.startsWith("crisis")).forEach(x -> System.out.println("PATH     " + x));
            if (base == null) {
                base = now;
            } else {
                for (int i = 0; i < rows.size(); i++) {
                    CareTuning.Row r = rows.get(i);
                    if (r.set() >= 0 && now[i] != null && base[i] != null && r.label().equals("crisis")
                            && base[i][0] && !now[i][0]) {
                        System.out.println("PATH     crisis no longer named: " + r.text());
                    }
                }
            }
        }
        pathMargin = Double.NaN;
    }

    /**
     * {@return pairs {count, read as its label} for crisis, distress, ordinary, vague and off-topic development
     * messages (training-only ones aside): crises named, any care for the rest}
     */
    private static int[] tally(List<CareTuning.Row> rows, java.util.function.IntFunction<boolean[]> reading) {
        int[] c = new int[10];
        for (int i = 0; i < rows.size(); i++) {
            CareTuning.Row row = rows.get(i);
            int at = List.of("crisis", "distress", "ordinary", "vague", "off_topic").indexOf(row.label()) * 2;
            if (row.set() < 0 || at < 0) {
                continue;
            }
            boolean[] read = reading.apply(i);
            c[at]++;
            c[at + 1] += (at == 0 ? read[0] : read[1]) ? 1 : 0;
        }
        return c;
    }

    /** {@return what {@link #tally} counted, in words: crises named and the rest given care, by label} */
    private static String figures(int[] c) {
        return String.format(Locale.ROOT, "crisis %d of %d, distress %d of %d, false alarms %d of %d, vague given care"
                + " %d, off-topic given care %d", c[1], c[0], c[3], c[2], c[5], c[4], c[7], c[9]);
    }

    /** {@return how many of the outside career messages were given care, in words} */
    private static String figures(List<String> given, List<Outside> outside) {
        return String.format(Locale.ROOT, "; career messages from the other evaluations given care %d of %d",
                given.size(), outside.size());
    }

    private static boolean isCare(String label) {
        return label.equals("crisis") || label.equals("distress");
    }

    /** {@return the outside career messages given care, each prefixed with the level} */
    private static List<String> given(List<Outside> outside, java.util.function.Function<Outside, boolean[]> reading) {
        List<String> given = new ArrayList<>();
        for (Outside o : outside) {
            boolean[] read = reading.apply(o);
            if (read[1]) {
                given.add((read[0] ? "crisis: " : "distress: ") + o.message());
            }
        }
        return given;
    }

    /**
     * {named crisis, any care} for one message from its nine nearest, as {@code CareNeighbours} reads them: with care
     * neighbours that are no nearer than their twins by {@code margin} left out (none when it is negative), the
     * vetoes of a clearly nearer career question or off-topic or vague message, and the path of three crises of seven
     * (fewer than six care) taken only when {@code crisisPathOpen}.
     */
    private static boolean[] read(List<CareTuning.Row> rows, CareTuning.Row row, int[] nearest, double[] sim,
            int[][] twins, double margin, double careerNearer, double otherNearer, int ownSet, boolean crisisPathOpen) {
        return read(rows, row, nearest, sim, twins, margin, careerNearer, otherNearer, ownSet, crisisPathOpen, null, 0);
    }

    /**
     * As above, and a care neighbour with its care taken out ({@code masked}: its vector without the words the rules
     * named care by) counts only when the message is nearer to the whole example than to that remainder by {@code
     * maskMargin}.
     */
    private static boolean[] read(List<CareTuning.Row> rows, CareTuning.Row row, int[] nearest, double[] sim,
            int[][] twins, double margin, double careerNearer, double otherNearer, int ownSet, boolean crisisPathOpen,
            float[][] masked, double maskMargin) {
        if (row.rulesCare()) {
            return new boolean[] {row.rulesCrisis(), true};
        }
        int crisisN = 0;
        int careN = 0;
        double firstCare = -1;
        for (int t = 0; t < 7; t++) {
            CareTuning.Row e = rows.get(nearest[t]);
            boolean care = isCare(e.label());
            if (care && firstCare < 0) {
                firstCare = sim[t];
            }
            if (care && margin >= 0) {
                int twin = -1;
                for (int k : twins[nearest[t]]) {
                    if (k >= 0 && rows.get(k).set() != ownSet) {
                        twin = k;
                        break;
                    }
                }
                if (twin >= 0 && sim[t] - Vectors.dot(row.vector(), rows.get(twin).vector()) < margin) {
                    continue; // near for the career question it shares, not for its care
                }
            }
            if (care && masked != null && masked[nearest[t]] != null
                    && sim[t] - Vectors.dot(row.vector(), masked[nearest[t]]) < maskMargin) {
                continue; // as near without its care: near for what it shares besides
            }
            crisisN += e.label().equals("crisis") ? 1 : 0;
            careN += care ? 1 : 0;
        }
        String first = rows.get(nearest[0]).label();
        double veto = first.equals("ordinary") ? careerNearer
                : first.equals("off_topic") || first.equals("vague") ? otherNearer : 99;
        boolean vetoed = sim[0] - (firstCare >= 0 ? firstCare : 0) >= veto;
        boolean crisisPath = crisisN >= 3 && (careN >= 6 || crisisPathOpen);
        if (crisisPath && careN < 6 && !Double.isNaN(pathMargin)) {
            double crisisSum = 0;
            double careerSum = 0;
            int careers = 0;
            for (int t = 0; t < 7; t++) {
                String l = rows.get(nearest[t]).label();
                crisisSum += l.equals("crisis") ? sim[t] : 0;
                careerSum += l.equals("ordinary") ? sim[t] : 0;
                careers += l.equals("ordinary") ? 1 : 0;
            }
            crisisPath = careers == 0 || crisisSum / crisisN >= careerSum / careers - pathMargin;
        }
        boolean knnCare = sim[0] >= 0.4 && !row.rulesExplained() && !vetoed && (careN >= 6 || crisisPath);
        boolean named = knnCare && (crisisN >= careN - crisisN || crisisPath);
        return new boolean[] {named, knnCare};
    }

    private static int[] nearestOrdinary(List<CareTuning.Row> rows, float[] vector, int notSet, int count) {
        int[] best = new int[count];
        double[] bestSim = new double[count];
        java.util.Arrays.fill(best, -1);
        for (int j = 0; j < rows.size(); j++) {
            CareTuning.Row r = rows.get(j);
            if (!r.label().equals("ordinary") || r.set() == notSet && notSet >= 0) {
                continue;
            }
            CareTuning.insert(best, bestSim, j, Vectors.dot(vector, r.vector()));
        }
        return best;
    }

    record Outside(String message, CareTuning.Row row, int[] nearest, double[] similarity) {
    }

    /** Career messages written blind for the understanding and thread evaluations, the rules giving them no care. */
    private static List<Outside> outside(List<CareTuning.Row> rows) {
        List<String> messages = new ArrayList<>();
        for (String file : List.of("tuning.csv", "heldout.csv")) {
            for (CSVRecord r : EvaluationFiles.rows("/evaluation/understanding/" + file)) {
                messages.add(r.get("message"));
            }
        }
        List<Outside> out = new ArrayList<>();
        for (String m : messages) {
            TriageResult t = Triage.bundled().assess(m);
            if (t.care()) {
                continue;
            }
            float[] v = Fixtures.MODEL.embed(m);
            CareTuning.Row row = new CareTuning.Row("ordinary", v, false, false,
                    t.verdict() == dev.mosaic.core.internal.triage.Verdict.OFF_TOPIC, t.wordless(), t.explained(),
                    Integer.MIN_VALUE, m.strip().toLowerCase(Locale.ROOT), false, t.riskSigns());
            int[] nearest = new int[9];
            double[] sim = new double[9];
            java.util.Arrays.fill(nearest, -1);
            for (int j = 0; j < rows.size(); j++) {
                CareTuning.insert(nearest, sim, j, Vectors.dot(v, rows.get(j).vector()));
            }
            out.add(new Outside(m, row, nearest, sim));
        }
        return out;
    }
}
