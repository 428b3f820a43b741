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
 * Fact reading measured on the blind set ({@code evaluation/thread/facts-*.json}, written by a helper that read
 * neither the code nor the library). The reader was tuned on the tuning half only; the floors hold the held-out half.
 * {@code -Dfacts.show=true} prints every mistake of the tuning half.
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
    }

    @Test
    void heldOutPrecisionAndRecallStayAboveTheFloors() {
        Score tuning = score("facts-tuning.json");
        Score heldOut = score("facts-heldout.json");
        System.out.printf(Locale.ROOT, "fact reading: tuning precision %.1f %% recall %.1f %% (%d/%d, %d/%d); "
                        + "held-out precision %.1f %% recall %.1f %% (%d/%d, %d/%d), pronouns %d/%d%n",
                100 * tuning.precision(), 100 * tuning.recall(), tuning.right(), tuning.predicted(), tuning.found(),
                tuning.gold(), 100 * heldOut.precision(), 100 * heldOut.recall(), heldOut.right(),
                heldOut.predicted(), heldOut.found(), heldOut.gold(), heldOut.pronounsRight(), heldOut.pronouns());
        System.out.println("tuning pronouns " + tuning.pronounsRight() + "/" + tuning.pronouns());
        if (Boolean.getBoolean("facts.show")) {
            tuning.mistakes().forEach(System.out::println);
        }
        if (Boolean.getBoolean("facts.showHeldOut")) {
            heldOut.mistakes().forEach(System.out::println);
        }
        assertThat(heldOut.precision()).as("held-out precision").isGreaterThanOrEqualTo(FLOOR_PRECISION);
        assertThat(heldOut.recall()).as("held-out recall").isGreaterThanOrEqualTo(FLOOR_RECALL);
    }

    static final double FLOOR_PRECISION = 0.94;
    static final double FLOOR_RECALL = 0.75;

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
