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
 * @param wordless whether an off-topic verdict rests only on a question that names no word about work or about how
 *     the person is ("how do I explain a 5-year gap as a stay-at-home dad"), rather than on words for something else
 *     ("who won the World Series"): the nearest labelled messages may read it as a career question after all
 * @param explained whether the rules found words of crisis or distress and explained every one of them away: negated
 *     ("not burnt out, just restless"), about someone else ("one of my baristas keeps having panic attacks"), past
 *     and recovered, or figurative; or found no sign of risk and a plan to carry on ("bye for now", "I'll message
 *     again after the interview", "I got the job") or a question about Mosaic itself ("am I talking to a real
 *     person?"); the nearest labelled messages, which cannot tell, then add no care
 */
public record TriageResult(Verdict verdict, Optional<Care.Kind> kind, String cue, int rule, boolean riskSigns,
                           boolean wordless, boolean explained) {
    /** Validates the fields. */
    public TriageResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }

    /**
     * A verdict that rests on words.
     *
     * @param verdict the conclusion
     * @param kind for crisis and distress, what the message said
     * @param cue the words that decided a crisis or distress verdict
     * @param rule the line of the rule that matched them
     * @param riskSigns whether the message showed a sign of risk too weak on its own for a crisis reply
     */
    public TriageResult(Verdict verdict, Optional<Care.Kind> kind, String cue, int rule, boolean riskSigns) {
        this(verdict, kind, cue, rule, riskSigns, false, false);
    }

    static TriageResult of(Verdict verdict, boolean riskSigns) {
        return of(verdict, riskSigns, false, false);
    }

    /** A verdict with no care, no cue and no rule. */
    static TriageResult of(Verdict verdict, boolean riskSigns, boolean wordless, boolean explained) {
        return new TriageResult(verdict, Optional.empty(), "", 0, riskSigns, wordless, explained);
    }

    /**
     * {@return this verdict of the rules with what the nearest labelled messages say: their care when the rules found
     * no words of care, or none they explained away, and the message has six words or more (the cue is then the whole
     * message, which picks the reply's wording, and no rule number); off-topic when most of them are off-topic; a
     * career question when the rules declined it only for naming no word about work ("is 28 too late to start in
     * medicine?"), or when the linear reading calls it a career message and nothing calls it off-topic ("can I put
     * my chess club captaincy on my CV?")}
     *
     * @param read the nearest labelled messages' reading
     * @param message the message
     */
    public TriageResult withNeighbours(CareNeighbours.Reading read, String message) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(message, "message");
        if (care()) {
            return this;
        }
        if (read.care().isPresent() && !explained && words(message) >= FEWEST_WORDS_FOR_CARE) {
            Care.Kind kind = read.care().get();
            return new TriageResult(kind.level() == Care.Level.CRISIS ? Verdict.CRISIS : Verdict.DISTRESS,
                    Optional.of(kind), message, 0, riskSigns);
        }
        if (verdict == Verdict.OFF_TOPIC && (read.career() && wordless || read.linearCareer() && !read.offTopic())) {
            return of(Verdict.COACHING, riskSigns);
        }
        // A question about Mosaic itself ("do you speak Hindi?", "is this app free?") or a goodbye the rules read as
        // vague sits among off-topic requests but deserves an answer, not a decline.
        boolean aboutMosaicOrGoodbye = verdict == Verdict.VAGUE && explained;
        return read.offTopic() && verdict != Verdict.OFF_TOPIC && !aboutMosaicOrGoodbye
                ? of(Verdict.OFF_TOPIC, riskSigns) : this;
    }

    /**
     * Below this many words a message's nearest labelled messages say nothing about care: "exit" (leaving the guided
     * flow) sits nearest to "planning my exit". Across the development sets no message under six words was a crisis
     * or distress that only the neighbours caught, and four were false alarms.
     */
    static final int FEWEST_WORDS_FOR_CARE = 6;

    static int words(String message) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < message.length(); i++) {
            boolean letter = Character.isLetterOrDigit(message.charAt(i));
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return count;
    }

    /**
     * {@return whether this is a crisis that only the nearest labelled messages saw: no rule named it and the message
     * shows no sign of risk (a crisis told in words nobody foresaw, or a career question that shares its words with
     * crises), so the reply asks about it directly before anything else}
     */
    public boolean crisisByNeighboursAlone() {
        return verdict == Verdict.CRISIS && rule == 0 && !riskSigns;
    }

    /** {@return whether the person gets a care reply (crisis or distress)} */
    public boolean care() {
        return verdict == Verdict.CRISIS || verdict == Verdict.DISTRESS;
    }
}
