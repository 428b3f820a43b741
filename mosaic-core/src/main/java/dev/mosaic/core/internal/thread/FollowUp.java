package dev.mosaic.core.internal.thread;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message relates to the conversation before it: a new subject, a request for more on the same one ("what
 * else?", "how do I counter?"), a message that refers back to it ("should I go to HR or talk to him directly?"), an
 * answer to the coach's question ("Denver, 5 years"), a correction ("actually it's 95k"), or a clear change of subject
 * ("different question: ..."). Stateless and thread-safe.
 */
public final class FollowUp {
    /** What the message does in the thread. */
    public enum Move {
        /** A new subject, or the first message. */
        NEW,
        /** More on the same subject. */
        MORE,
        /** Refers back to the subject with a pronoun or "that". */
        REFERS,
        /** Answers the question the coach asked. */
        ANSWER,
        /** Corrects a fact stated before. */
        CORRECTION,
        /** Says it starts a new subject; {@link Reading#message()} is the message without that preface. */
        SWITCH
    }

    /**
     * A reading.
     *
     * @param move what the message does
     * @param message the message to understand (for a switch, without "different question:")
     */
    public record Reading(Move move, String message) {
    }

    /** ASCII case folding: the patterns are English words, and Unicode folding costs more than the rest. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern SWITCH = Pattern.compile("^\\s*(?:ok(?:ay)?[,.!]?\\s+|also[,.]?\\s+|and\\s+)?"
            + "(?:(?:a\\s+)?(?:different|new|another|separate|unrelated|other)\\s+(?:question|topic|thing|subject|"
            + "issue)|(?:on\\s+)?(?:a\\s+)?(?:different|another|separate)\\s+note|unrelated(?:\\s+question)?|"
            + "changing\\s+(?:the\\s+)?subject|change\\s+of\\s+subject|switching\\s+gears|something\\s+else|"
            + "totally\\s+different|random\\s+question|side\\s+question|one\\s+more\\s+thing|moving\\s+on|"
            + "also,?\\s+unrelated|btw|by\\s+the\\s+way)(?:\\s+(?:but|though|here|for you|now))?\\s*[:,.!?-]*\\s*", FLAGS);
    private static final Pattern CORRECTION = Pattern.compile("^\\s*(?:actually|sorry,?\\s+i\\s+meant|i\\s+meant|"
            + "correction|oops|wait,?|my\\s+bad|scratch\\s+that|to\\s+correct|no,?\\s+it'?s|it'?s\\s+actually)\\b|"
            + "\\bcorrection\\b|\\bmisread\\b|"
            + "\\b(?:not|instead\\s+of)\\s+[$£€₹]?\\d[\\d,.]*\\s?k?\\b|\\bi\\s+meant\\b|\\btypo\\b", FLAGS);
    private static final Pattern MORE = Pattern.compile("\\b(?:what\\s+else|anything\\s+else|any\\s+other|"
            + "any\\s+more|more\\s+(?:ideas|tips|options|advice|detail)|other\\s+(?:ideas|options|tips|ways)|"
            + "and\\s+then|then\\s+what|what\\s+next|what\\s+now|what\\s+then|go\\s+on|tell\\s+me\\s+more|"
            + "say\\s+more|like\\s+what|such\\s+as|for\\s+example|what\\s+would\\s+that\\s+look\\s+like|"
            + "how\\s+do\\s+i\\s+(?:start|begin|do\\s+(?:that|this|it)|counter|negotiate|respond|reply|answer|"
            + "say\\s+(?:it|that|no)|bring\\s+it\\s+up|ask|approach\\s+(?:it|that|this))|what\\s+do\\s+i\\s+say|"
            + "what\\s+should\\s+i\\s+say|how\\s+would\\s+i|what\\s+if\\s+(?:that|it|this)\\s+(?:doesn'?t|does\\s+not|"
            + "fails|won'?t)|and\\s+if\\s+(?:that|it)|ok(?:ay)?\\s*,?\\s*(?:and|so|then|now)\\b|"
            + "where\\s+do\\s+i\\s+start|next\\s+step|what\\s+can\\s+i\\s+do|any\\s+tips|how\\s+so|"
            + "can\\s+you\\s+(?:expand|elaborate|explain)|examples?\\b)", FLAGS);
    private static final Pattern REFERS = Pattern.compile("\\b(?:him|her|he|she|they|them|his|hers|their|it|"
            + "that|this|those|these|there)\\b", FLAGS);
    private static final Pattern QUESTION_OPENING = Pattern.compile("^\\s*(?:should\\s+i|what\\s+if|is\\s+(?:it|"
            + "that|this)|do\\s+i|can\\s+i|would\\s+it|how\\s+(?:do|should|would|can)\\s+i|but\\s+what|"
            + "what\\s+about|and\\s+what|but\\s+how|is\\s+there|would\\s+you|how\\s+long|how\\s+much|"
            + "when\\s+should|and\\s+if|what\\s+do\\s+i|what\\s+should\\s+i|where\\s+should\\s+i|which\\b|"
            + "ok\\b|okay\\b|right\\b|so\\b|hmm+\\b|and\\b|but\\b)",
            FLAGS);

    private FollowUp() {
    }

    /**
     * Reads a message against the thread.
     *
     * @param message what the person wrote
     * @param threadOpen whether there is a subject to follow up on (an earlier answered turn)
     * @param coachAsked whether the coach's last reply ended with a question to the person
     * @param statesFacts whether the message states facts about the person
     * @return the reading
     */
    public static Reading read(String message, boolean threadOpen, boolean coachAsked, boolean statesFacts) {
        Matcher preface = SWITCH.matcher(message);
        if (preface.lookingAt() && preface.end() < message.length() && words(message.substring(preface.end())) >= 3) {
            return new Reading(Move.SWITCH, message.substring(preface.end()).strip());
        }
        if (!threadOpen) {
            return new Reading(Move.NEW, message);
        }
        int words = words(message);
        if (statesFacts && CORRECTION.matcher(message).find()) {
            return new Reading(Move.CORRECTION, message);
        }
        if (words <= 14 && MORE.matcher(message).find()) {
            return new Reading(Move.MORE, message);
        }
        if (coachAsked && words <= 12 && (statesFacts || !message.contains("?"))) {
            return new Reading(Move.ANSWER, message);
        }
        if (statesFacts && words <= 10 && !message.contains("?")) {
            return new Reading(Move.ANSWER, message); // "about 5 months of savings if I quit"
        }
        if (words <= 25 && (REFERS.matcher(message).find() || QUESTION_OPENING.matcher(message).find())) {
            return new Reading(Move.REFERS, message);
        }
        return new Reading(Move.NEW, message);
    }

    /** {@return how many words the text has (runs of non-space)} */
    public static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : Regexes.split(stripped, "\\s+").length;
    }

    /** {@return whether the reply ends by asking the person something} */
    public static boolean endsWithQuestion(String reply) {
        return reply.strip().endsWith("?");
    }
}
