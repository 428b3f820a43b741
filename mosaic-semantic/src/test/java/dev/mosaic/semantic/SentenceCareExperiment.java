package dev.mosaic.semantic;

import dev.mosaic.core.internal.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Whether reading a long message's sentences one by one names crises that the whole message's neighbours miss: a
 * crisis told in one sentence inside a long career question ("…tbh I've been researching how many of my sleeping
 * pills it would take…") sits, as a whole, among career questions. Leaving one set out over the development sets, as
 * {@link CareTuning}: each piece of a message its verdict did not already name as a crisis is embedded on its own and
 * compared with the labelled messages of the other sets; a piece whose nearest are mostly crisis names the message a
 * crisis. Prints, for each setting, the crises named (by everything, and by the neighbours alone as a fairer view of
 * wording no rule has seen) against the false alarms and the distress messages raised to crisis. Round 29 chose five
 * of seven, the nearest at 0.4 or more, in messages of 30 words or more ({@code CareNeighbours.readSentence}); runs of
 * twelve words instead of sentences ({@code -Dcare.pieces=windows}) named about as many (five of seven, any length: 2,633
 * against 2,631 of 2,650 with the rules first) for more false alarms (211 against 170). The
 * sentences are cut as {@code CareNeighbours.sentences} cuts them, without its cap of twelve. Run by hand (about
 * twelve minutes): {@code ./mvnw -pl mosaic-semantic test -Dtest=SentenceCareExperiment -Dcare.sentences=true
 * -Dcare.pieces=sentences} ({@code -Dcare.show=true} lists what the chosen setting adds).
 */
@EnabledIfSystemProperty(named = "care.sentences", matches = "true")
class SentenceCareExperiment {
    private static final int K = 7;

    /** A piece of a message: its row, its words, and what its seven nearest labelled messages are. */
    record Piece(int row, int words, int crisisN, int careN, double nearest, boolean careerNearer) {
    }

    @Test
    void search() {
        List<CareTuning.Row> rows = CareTuning.developmentRows();
        int n = rows.size();
        CareTuning.Nearest near = CareTuning.nearest(rows);
        boolean[] named = new boolean[n];
        boolean[] anyCare = new boolean[n];
        boolean[] namedByNeighbours = new boolean[n];
        for (int i = 0; i < n; i++) {
            CareTuning.Row row = rows.get(i);
            int crisisN = 0;
            int careN = 0;
            double firstCare = -1;
            for (int t = 0; t < K; t++) {
                String l = rows.get(near.index()[i][t]).label();
                boolean care = l.equals("crisis") || l.equals("distress");
                crisisN += l.equals("crisis") ? 1 : 0;
                careN += care ? 1 : 0;
                if (care && firstCare < 0) {
                    firstCare = near.similarity()[i][t];
                }
            }
            boolean vetoed = rows.get(near.index()[i][0]).label().equals("ordinary")
                    && near.similarity()[i][0] - firstCare >= 0.05;
            boolean knnCare = near.similarity()[i][0] >= 0.4 && !row.rulesExplained() && !vetoed
                    && (careN >= 6 || crisisN >= 3) && words(row.text()) >= 6;
            boolean knnCrisis = knnCare && (crisisN >= careN - crisisN || crisisN >= 3);
            named[i] = row.rulesCrisis() || !row.rulesCare() && knnCrisis;
            anyCare[i] = row.rulesCare() || knnCare;
            namedByNeighbours[i] = knnCrisis;
        }
        for (String mode : System.getProperty("care.pieces", "sentences,windows").split(",")) {
            List<Piece> pieces = pieces(rows, mode, namedByNeighbours);
            System.out.printf("%s: %d pieces of %d messages%n", mode, pieces.size(),
                    pieces.stream().mapToInt(Piece::row).distinct().count());
            for (int minWords : new int[] {0, 20, 25, 30, 40}) {
                for (int crisisVotes : new int[] {5, 6, 7}) {
                    for (double sim : new double[] {0.4, 0.5}) {
                        report(mode, rows, pieces, named, anyCare, namedByNeighbours, crisisVotes, sim, minWords);
                    }
                }
            }
        }
    }

    private static void report(String mode, List<CareTuning.Row> rows, List<Piece> pieces, boolean[] named,
            boolean[] anyCare, boolean[] namedByNeighbours, int crisisVotes, double sim, int minWords) {
        boolean[] raised = new boolean[rows.size()];
        boolean[] withRules = new boolean[rows.size()];
        for (Piece p : pieces) {
            CareTuning.Row row = rows.get(p.row());
            if (p.crisisN() >= crisisVotes && p.nearest() >= sim && !p.careerNearer() && !row.rulesExplained()
                    && words(row.text()) >= minWords) {
                raised[p.row()] = true;
                withRules[p.row()] = !named[p.row()] && !row.rulesCare(); // as the coach: only where the rules gave none
            }
        }
        int crises = 0;
        int namedBefore = 0;
        int namedAfter = 0;
        int byNeighboursBefore = 0;
        int byNeighboursAfter = 0;
        int distressRaised = 0;
        int ordinary = 0;
        int alarmsBefore = 0;
        int alarmsAfter = 0;
        int otherCareAdded = 0;
        List<String> newAlarms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CareTuning.Row row = rows.get(i);
            if (row.set() < 0) {
                continue; // training only
            }
            switch (row.label()) {
                case "crisis" -> {
                    crises++;
                    namedBefore += named[i] ? 1 : 0;
                    namedAfter += named[i] || withRules[i] ? 1 : 0;
                    if (withRules[i] && Boolean.getBoolean("care.show") && minWords == 30 && crisisVotes == 5 && sim == 0.4) {
                        System.out.println("    ! " + row.text());
                    }
                    byNeighboursBefore += namedByNeighbours[i] ? 1 : 0;
                    byNeighboursAfter += namedByNeighbours[i] || raised[i] ? 1 : 0;
                }
                case "distress" -> distressRaised += withRules[i] ? 1 : 0;
                case "ordinary" -> {
                    ordinary++;
                    alarmsBefore += anyCare[i] ? 1 : 0;
                    alarmsAfter += anyCare[i] || withRules[i] ? 1 : 0;
                    if (withRules[i] && !anyCare[i] && newAlarms.size() < 40) {
                        newAlarms.add(row.text());
                    }
                }
                default -> otherCareAdded += withRules[i] && !anyCare[i] ? 1 : 0;
            }
        }
        System.out.printf("%s crisis>=%d sim>=%.1f words>=%d: named %d -> %d of %d; by neighbours alone %d -> %d;"
                + " false alarms %d -> %d of %d; distress raised to crisis %d; off-topic/vague given care %d%n", mode,
                crisisVotes, sim, minWords, namedBefore, namedAfter, crises, byNeighboursBefore,
                byNeighboursAfter, alarmsBefore, alarmsAfter, ordinary, distressRaised, otherCareAdded);
        if (Boolean.getBoolean("care.show") && minWords == 30 && crisisVotes == 5 && sim == 0.4) {
            newAlarms.forEach(a -> System.out.println("    + " + a));
        }
    }

    /** {@return the pieces of every message not named a crisis already, embedded and read against the other sets} */
    private static List<Piece> pieces(List<CareTuning.Row> rows, String mode, boolean[] named) {
        // named: by the whole message's neighbours; a message the rules named has its pieces read too, for the view
        // of the neighbours alone
        List<Integer> owner = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).set() < 0 || named[i]) {
                continue;
            }
            List<String> split = mode.equals("windows") ? windows(rows.get(i).text()) : sentences(rows.get(i).text());
            if (split.size() < 2) {
                continue; // one piece is the whole message, read already
            }
            for (String s : split) {
                owner.add(i);
                texts.add(s);
            }
        }
        float[][] vectors = Fixtures.MODEL.embedAll(texts);
        return IntStream.range(0, texts.size()).parallel().mapToObj(p -> {
            int of = owner.get(p);
            int set = rows.get(of).set();
            int[] index = new int[K];
            double[] best = new double[K];
            java.util.Arrays.fill(index, -1);
            for (int j = 0; j < rows.size(); j++) {
                CareTuning.Row other = rows.get(j);
                if (other.set() == set || other.text().equals(rows.get(of).text())) {
                    continue;
                }
                CareTuning.insert(index, best, j, Vectors.dot(vectors[p], other.vector()));
            }
            int crisisN = 0;
            int careN = 0;
            double firstCare = -1;
            for (int t = 0; t < K; t++) {
                String l = rows.get(index[t]).label();
                boolean care = l.equals("crisis") || l.equals("distress");
                crisisN += l.equals("crisis") ? 1 : 0;
                careN += care ? 1 : 0;
                if (care && firstCare < 0) {
                    firstCare = best[t];
                }
            }
            boolean careerNearer = rows.get(index[0]).label().equals("ordinary") && best[0] - firstCare >= 0.05;
            return new Piece(of, words(texts.get(p)), crisisN, careN, best[0], careerNearer);
        }).toList();
    }

    /** {@return the message's sentences of four words or more} */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?;])\\s+|\\s*\\n\\s*")) {
            if (words(s) >= 4) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** {@return runs of twelve words, six apart, for a message of more than sixteen words} */
    static List<String> windows(String text) {
        String[] w = text.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        if (w.length <= 16) {
            return out;
        }
        for (int from = 0; from < w.length; from += 6) {
            int to = Math.min(w.length, from + 12);
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, from, to)));
            if (to == w.length) {
                break;
            }
        }
        return out;
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return count;
    }
}
