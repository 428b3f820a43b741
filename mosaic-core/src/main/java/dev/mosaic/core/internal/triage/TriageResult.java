package dev.mosaic.core.internal.triage;

import dev.mosaic.core.care.Care;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage concluded about one message.
 *
 * @param verdict the conclusion
 * @param kind for crisis and distress, what the message said
 * @param cue the words of the message that decided a crisis or distress verdict (empty otherwise)
 * @param rule the line of the rule file that matched them (0 otherwise), for reviews of the rules
 * @param riskSigns whether the message showed a sign of risk too weak on its own for a crisis reply (a question
 *     about doses or bridges), so that even a decline names where to turn
 */
public record TriageResult(Verdict verdict, Optional<Care.Kind> kind, String cue, int rule, boolean riskSigns) {
    /** Validates the fields. */
    public TriageResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }

    static TriageResult of(Verdict verdict, boolean riskSigns) {
        return new TriageResult(verdict, Optional.empty(), "", 0, riskSigns);
    }

    /**
     * {@return care found by the nearest labelled messages rather than a rule: the cue is the whole message (it picks
     * the reply's wording), and no rule number}
     *
     * @param kind the care kind
     * @param message the message
     * @param riskSigns whether the rules saw risk signs
     */
    public static TriageResult careFromNeighbours(Care.Kind kind, String message, boolean riskSigns) {
        return new TriageResult(kind.level() == Care.Level.CRISIS ? Verdict.CRISIS : Verdict.DISTRESS,
                Optional.of(kind), message, 0, riskSigns);
    }

    /**
     * {@return off-topic as the nearest labelled messages read it (the rules found no career words either way)}
     *
     * @param riskSigns whether the rules saw risk signs (the decline then names where to turn)
     */
    public static TriageResult offTopicFromNeighbours(boolean riskSigns) {
        return of(Verdict.OFF_TOPIC, riskSigns);
    }

    /** {@return whether the person gets a care reply (crisis or distress)} */
    public boolean care() {
        return verdict == Verdict.CRISIS || verdict == Verdict.DISTRESS;
    }
}
