package dev.mosaic.core.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.jobs.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fact reading measured on blind sets ({@code evaluation/thread/facts-*.json}, written by helpers that read neither
 * the code nor the library). The reader was tuned on {@code facts-tuning.json} first and on {@code facts-heldout.json}
 * once that had been measured; {@code facts-v2.json}, written later by another helper, was measured once after that
 * and is the held-out set the floors hold. {@code -Dfacts.show=true} prints every mistake of the development sets.
 */
class FactReadingEvaluationTest {

    /** Precision and recall over a set. */
    record Score(int predicted, int right, int gold, int found, int pronouns, int pronounsRight,
                 List<String> mistakes) {
        double precision() {
            return predicted == 0 ? 1 : (double) right / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        String figures() {
            return String.format(Locale.ROOT, "precision %.1f %% recall %.1f %% (%d/%d, %d/%d), pronouns %d/%d",
                    100 * precision(), 100 * recall(), right, predicted, found, gold, pronounsRight, pronouns);
        }
    }

    @Test
    void heldOutPrecisionAndRecallStayAboveTheFloors() {
        Score tuning = score("facts-tuning.json");
        Score development = score("facts-heldout.json");
        Score heldOut = score("facts-v2.json");
        System.out.println("fact reading: development, facts-tuning " + tuning.figures());
        System.out.println("fact reading: development, facts-heldout " + development.figures());
        System.out.println("fact reading: held-out, facts-v2 " + heldOut.figures());
        if (Boolean.getBoolean("facts.show")) {
            tuning.mistakes().forEach(System.out::println);
            development.mistakes().forEach(System.out::println);
        }
        assertThat(heldOut.precision()).as("held-out precision (measured 98.7 %)").isGreaterThanOrEqualTo(FLOOR_PRECISION);
        assertThat(heldOut.recall()).as("held-out recall (measured 84.2 %)").isGreaterThanOrEqualTo(FLOOR_RECALL);
        assertThat(development.recall()).as("the development sets stay where the tuning left them")
                .isGreaterThanOrEqualTo(0.94);
        assertThat(tuning.recall()).isGreaterThanOrEqualTo(0.98);
    }

    static final double FLOOR_PRECISION = 0.98;
    static final double FLOOR_RECALL = 0.84;

    static Score score(String file) {
        List<?> items = (List<?>) JsonReader.parse(file, read("/evaluation/thread/" + file));
        int predicted = 0;
        int right = 0;
        int gold = 0;
        int found = 0;
        int pronouns = 0;
        int pronounsRight = 0;
        List<String> mistakes = new ArrayList<>();
        for (Object o : items) {
            Map<?, ?> item = (Map<?, ?>) o;
            String message = (String) item.get("message");
            List<String[]> expected = expected((Map<?, ?>) item.get("facts"));
            List<Coach.Fact> read = FactReader.read(message, 1, List.of(), Optional.empty());
            List<String[]> got = new ArrayList<>();
            for (Coach.Fact fact : read) {
                if (fact.kind() == Coach.Fact.Kind.FEELING || fact.kind() == Coach.Fact.Kind.SKILL) {
                    continue; // not labelled in this set
                }
                got.add(new String[] {fact.kind().key(), fact.value()});
            }
            predicted += got.size();
            gold += expected.size();
            List<String[]> unmatched = new ArrayList<>(expected);
            for (String[] g : got) {
                Optional<String[]> hit = unmatched.stream().filter(e -> same(e, g)).findFirst();
                if (hit.isPresent()) {
                    right++;
                    found++;
                    unmatched.remove(hit.get());
                    if (g[0].equals("person") && !hit.get()[2].isEmpty()) {
                        pronouns++;
                        if (g[1].contains("(" + hit.get()[2] + ")")) {
                            pronounsRight++;
                        }
                    }
                } else {
                    mistakes.add("EXTRA   " + g[0] + "=" + g[1] + "   in: " + message);
                }
            }
            for (String[] e : unmatched) {
                mistakes.add("MISSED  " + e[0] + "=" + e[1] + "   in: " + message);
            }
        }
        return new Score(predicted, right, gold, found, pronouns, pronounsRight, mistakes);
    }

    /** The labelled facts as kind, value and (for people) pronoun. */
    private static List<String[]> expected(Map<?, ?> facts) {
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : facts.entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("people")) {
                for (Object p : (List<?>) e.getValue()) {
                    Map<?, ?> person = (Map<?, ?>) p;
                    out.add(new String[] {"person", (String) person.get("role"), (String) person.get("pronoun")});
                }
            } else {
                Object value = e.getValue();
                String text = value instanceof Number n ? Integer.toString(n.intValue()) : value.toString();
                out.add(new String[] {key, text, ""});
            }
        }
        return out;
    }

    private static boolean same(String[] expected, String[] got) {
        if (!expected[0].equals(got[0])) {
            return false;
        }
        if (got[0].equals("person")) {
            return got[1].replaceAll(" \\(.*\\)$", "").equals(expected[1]);
        }
        if (got[0].equals("years")) {
            return expected[1].equals(got[1]);
        }
        String a = normal(expected[1]);
        String b = normal(got[1]);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    private static String read(String resource) {
        try (InputStream in = FactReadingEvaluationTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
