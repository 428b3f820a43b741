package dev.mosaic.core.coach;

import dev.mosaic.core.session.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * The coaching chat: scores each message, answers it (model, library or clarifying question) and keeps the turns.
 * Thread-safe; turns of one session are applied one at a time.
 */
public interface Coach {
    /** Longest accepted message, in characters. */
    int MAX_MESSAGE_LENGTH = 4000;

    /**
     * Runs one turn.
     *
     * @param session an existing session
     * @param message what the person said, 1..{@value #MAX_MESSAGE_LENGTH} characters
     * @return the reply, metrics and signals
     * @throws dev.mosaic.core.InvalidInputException when the message is blank or too long
     * @throws dev.mosaic.core.NotFoundException when the session does not exist
     */
    CoachReply chat(SessionId session, String message);

    /**
     * {@return its current metrics, or empty before its first turn}
     *
     * @param session the session
     */
    Optional<Metrics> metrics(SessionId session);

    /**
     * {@return its turns, newest first}
     *
     * @param session the session
     * @param limit the most turns to return
     */
    List<Turn> history(SessionId session, int limit);

    /**
     * Looks at the session's recent turns as a whole.
     *
     * @param session the session
     * @param limit how many of the newest turns to consider
     * @return trend, strongest and weakest metric, themes and a next step; empty before the first turn
     */
    Optional<Analysis> analysis(SessionId session, int limit);

    /**
     * Starts the guided flow, or resumes it where the person left it. Only this call starts it: a normal message
     * never does. While it runs, {@link #chat} takes each message as the answer to the last question (answers are
     * scored and feed the profile like any message) and replies with the next question; one of
     * {@link GuidedFlow#EXIT_WORDS}, or {@link #leaveGuidedFlow}, leaves it.
     *
     * @param session the session
     * @param message what the person said when asking for it (stored as a turn)
     * @return the reply, whose message ends with the next question
     */
    CoachReply startGuidedFlow(SessionId session, String message);

    /**
     * Leaves the guided flow (a no-op when it is not running).
     *
     * @param session the session
     */
    void leaveGuidedFlow(SessionId session);

    /**
     * {@return the guided question waiting for an answer, or empty when the flow is not running}
     *
     * @param session the session
     */
    Optional<GuidedFlow.Question> pendingGuidedQuestion(SessionId session);
}
