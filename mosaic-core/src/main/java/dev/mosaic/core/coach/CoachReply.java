package dev.mosaic.core.coach;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.prompts.PromptMatch;
import dev.mosaic.core.session.SessionId;
import java.util.List;
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
 * @param care for a {@link ReplySource#CARE} reply, whether it answered distress or a crisis, and the crisis
 *     resources it named; empty otherwise
 */
public record CoachReply(SessionId sessionId, String message, Metrics metrics, ReplySource source,
                         Optional<PromptMatch> match, List<Signal> signals, Optional<String> nextStep,
                         Optional<GuidedFlow.Question> guidedQuestion, Optional<Care> care) {
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
        if (care.isPresent() != (source == ReplySource.CARE)) {
            throw new dev.mosaic.core.InvalidInputException("care", "is present exactly when the source is care");
        }
    }
}
