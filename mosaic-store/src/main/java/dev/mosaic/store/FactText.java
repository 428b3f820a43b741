package dev.mosaic.store;

import dev.mosaic.core.coach.Coach;
import java.util.ArrayList;
import java.util.List;

/**
 * A turn's facts in one text column: one {@link TextList} item per fact, its kind, value and words separated by a
 * unit separator (a character a fact cannot hold: {@link Coach.Fact} turns control characters into spaces).
 */
final class FactText {
    private static final char SEPARATOR = '\u001f';

    private FactText() {
    }

    /** {@return the column text, or null for no facts} */
    static String encode(List<Coach.Fact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        List<String> items = new ArrayList<>(facts.size());
        for (Coach.Fact fact : facts) {
            items.add(fact.kind().name() + SEPARATOR + fact.value() + SEPARATOR + fact.words());
        }
        return TextList.encode(items);
    }

    /** {@return the facts of the column text, each with the turn's number} */
    static List<Coach.Fact> decode(String text, int turn) {
        List<Coach.Fact> facts = new ArrayList<>();
        for (String item : TextList.decode(text)) {
            String[] parts = item.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 3) {
                throw new IllegalStateException("a stored fact of turn " + turn + " is damaged: " + parts.length
                        + " parts");
            }
            facts.add(new Coach.Fact(Coach.Fact.Kind.valueOf(parts[0]), parts[1], parts[2], turn));
        }
        return List.copyOf(facts);
    }
}
