package dev.mosaic.core.coach;

import java.util.Locale;

/** Which path produced a coaching reply. */
public enum ReplySource {
    /** An AI model wrote it, grounded in the library. */
    MODEL,
    /** The best-matching library completion, with a next-step nudge. */
    LIBRARY,
    /** Nothing in the library fitted, or the message was too vague to answer: a clarifying question. */
    CLARIFY,
    /** A question of the opt-in guided flow. */
    GUIDED,
    /**
     * The person is not okay: a care reply ({@link CoachReply#care()} says whether crisis or distress). A crisis
     * reply is always fixed, reviewed text; a distress reply may come from the model under a care instruction.
     */
    CARE,
    /** The message was not about work, career or how work feels: an honest decline. */
    OFF_TOPIC;

    /**
     * {@return whether the turn's message was coaching material: false for care and off-topic turns, whose words
     * never feed the profile, job matching or the commitments of an analysis}
     */
    public boolean coaching() {
        return this != CARE && this != OFF_TOPIC;
    }

    /** {@return the lowercase JSON name} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
