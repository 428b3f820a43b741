package dev.mosaic.core.internal.thread;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Coach.Fact.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a session knows about the person, folded from every turn's facts (oldest first): a kind that holds one value
 * keeps the latest statement, the others keep each value once (the latest statement of it; a person is one per
 * role, so a pronoun learnt later replaces the bare role). Immutable.
 */
public final class ThreadState {
    private final List<Coach.Fact> facts;

    private ThreadState(List<Coach.Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    /** {@return the state these stored facts (oldest turn first) amount to} */
    public static ThreadState of(List<Coach.Fact> stored) {
        Map<String, Coach.Fact> current = new LinkedHashMap<>();
        for (Coach.Fact fact : stored) {
            String key = fact.kind().single() ? fact.kind().name() : fact.kind().name() + ":" + identity(fact);
            Coach.Fact earlier = current.get(key);
            if (earlier != null && fact.kind() == Kind.PERSON && !fact.value().contains("(")
                    && earlier.value().contains("(")) {
                continue; // "my manager" again does not forget that he is "he"
            }
            current.remove(key); // re-inserted: the order is that of the latest statement
            current.put(key, fact);
        }
        return new ThreadState(new ArrayList<>(current.values()));
    }

    private static String identity(Coach.Fact fact) {
        String value = fact.value().toLowerCase(Locale.ROOT);
        return fact.kind() == Kind.PERSON ? Regexes.replaceAll(value, " \\(.*\\)$", "") : value;
    }

    /** {@return the facts, in the order they were last stated} */
    public List<Coach.Fact> facts() {
        return facts;
    }

    /** {@return the latest fact of this kind} */
    public Optional<Coach.Fact> latest(Kind kind) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i).kind() == kind) {
                return Optional.of(facts.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@return whether anything of this kind is known} */
    public boolean knows(Kind kind) {
        return latest(kind).isPresent();
    }

    /**
     * {@return whether the session already holds this fact as it stands now (the same kind and value, and for a kind
     * with one value, as its latest statement)}
     *
     * @param fact a fact just read
     */
    public boolean holds(Coach.Fact fact) {
        if (fact.kind().single()) {
            return latest(fact.kind()).map(f -> f.value().equalsIgnoreCase(fact.value())).orElse(false);
        }
        return facts.stream().anyMatch(f -> f.kind() == fact.kind() && f.value().equalsIgnoreCase(fact.value()));
    }

    /** {@return whether nothing is known} */
    public boolean isEmpty() {
        return facts.isEmpty();
    }
}
