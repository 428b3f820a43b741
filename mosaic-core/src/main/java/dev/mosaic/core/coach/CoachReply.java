package dev.mosaic.core.coach;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.prompts.PromptMatch;
import dev.mosaic.core.session.SessionId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer to one coaching turn.
 *
 * @param sessionId the session the turn was stored in
 * @param message the coach's reply
 * @param metrics the session's metrics after this turn (unchanged by care and off-topic turns)
 * @param source which path produced the reply
 * @param match the library entry the reply drew on; empty when nothing fitted, and for care and off-topic replies
 * @param signals the evidence that moved the metrics
 * @param nextStep a small next step; empty for a crisis, an off-topic message, and while the coach stays gentle
 *     after a care reply; a caring step for distress
 * @param guidedQuestion the guided-flow question this reply asks and waits for an answer to; empty outside the flow
 *     (the same as {@link Coach#pendingGuidedQuestion} right after this turn)
 * @param care for a {@link CoachReply.Source#CARE} reply, whether it answered distress or a crisis, and the crisis
 *     resources it named; empty otherwise
 * @param options for a {@link CoachReply.Source#CLARIFY} reply that asks which of two situations is closer to the
 *     person's, the choices (likeliest first); empty otherwise
 * @param known what the session knows about the person after this turn (the same as {@link Coach#facts})
 */
public record CoachReply(SessionId sessionId, String message, Metrics metrics, CoachReply.Source source,
                         Optional<PromptMatch> match, List<MetricsModel.Signal> signals, Optional<String> nextStep,
                         Optional<Coach.GuidedQuestion> guidedQuestion, Optional<Care> care,
                         List<Coach.Option> options, List<Coach.Fact> known) {
    /**
     * A reply that carries no facts yet.
     *
     * @param sessionId the session the turn was stored in
     * @param message the coach's reply
     * @param metrics the session's metrics after this turn
     * @param source which path produced the reply
     * @param match the library entry the reply drew on
     * @param signals the evidence that moved the metrics
     * @param nextStep a small next step
     * @param guidedQuestion the guided-flow question this reply asks
     * @param care for a care reply, its level, kind and resources
     * @param options for a clarifying question between two situations, the choices
     */
    public CoachReply(SessionId sessionId, String message, Metrics metrics, CoachReply.Source source,
                      Optional<PromptMatch> match, List<MetricsModel.Signal> signals, Optional<String> nextStep,
                      Optional<Coach.GuidedQuestion> guidedQuestion, Optional<Care> care, List<Coach.Option> options) {
        this(sessionId, message, metrics, source, match, signals, nextStep, guidedQuestion, care, options, List.of());
    }

    /**
     * {@return this reply with what the session knows after it}
     *
     * @param facts the session's facts
     */
    public CoachReply withKnown(List<Coach.Fact> facts) {
        return new CoachReply(sessionId, message, metrics, source, match, signals, nextStep, guidedQuestion, care,
                options, facts);
    }

    /** Validates and copies. */
    public CoachReply {
        Checks.present(sessionId, "session_id");
        Checks.text(message, "message");
        Checks.present(metrics, "metrics");
        Checks.present(source, "source");
        Checks.present(match, "match");
        signals = Checks.list(signals, "signals");
        Checks.present(nextStep, "next_step");
        nextStep.ifPresent(step -> Checks.text(step, "next_step"));
        Checks.present(guidedQuestion, "guided_question");
        Checks.present(care, "care");
        if (care.isPresent() != (source == CoachReply.Source.CARE)) {
            throw new dev.mosaic.core.InvalidInputException("care", "is present exactly when the source is care");
        }
        options = Checks.list(options, "options");
        known = Checks.list(known, "known");
        if (!options.isEmpty() && source != CoachReply.Source.CLARIFY) {
            throw new dev.mosaic.core.InvalidInputException("options", "are offered only by a clarifying question");
        }
    }

    /** Which path produced a coaching reply. */
    public enum Source {
        /** An AI model wrote it, grounded in the library. */
        MODEL,
        /** The best-matching library completion, with a next-step nudge. */
        LIBRARY,
        /**
         * Nothing in the library fitted, the message was too vague to answer, or the coach was not sure which of two
         * situations it describes ({@link CoachReply#options()} then offers both): a clarifying question. Also the
         * short reply to a thank-you or goodbye, and the plain answer to a question about Mosaic itself ("am I talking
         * to a real person?").
         */
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
}
