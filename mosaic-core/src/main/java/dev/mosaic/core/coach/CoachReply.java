package dev.mosaic.core.coach;

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
 * @param metrics the session's metrics after this turn
 * @param source which path produced the reply
 * @param match the library entry the reply drew on; empty when nothing fitted
 * @param signals the evidence that moved the metrics
 * @param nextStep a small next step aimed at the weakest metric
 * @param guidedQuestion the guided-flow question this reply asks and waits for an answer to; empty outside the flow
 *     (the same as {@link Coach#pendingGuidedQuestion} right after this turn)
 */
public record CoachReply(SessionId sessionId, String message, Metrics metrics, ReplySource source,
                         Optional<PromptMatch> match, List<Signal> signals, String nextStep,
                         Optional<GuidedFlow.Question> guidedQuestion) {
    /** Validates and copies. */
    public CoachReply {
        Checks.present(sessionId, "session_id");
        Checks.text(message, "message");
        Checks.present(metrics, "metrics");
        Checks.present(source, "source");
        Checks.present(match, "match");
        signals = Checks.list(signals, "signals");
        Checks.text(nextStep, "next_step");
        Checks.present(guidedQuestion, "guided_question");
    }
}
