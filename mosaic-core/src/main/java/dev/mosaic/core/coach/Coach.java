package dev.mosaic.core.coach;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
     * "exit", "stop", "leave" or "quit" sent as a whole message (or "stop the guided flow"), or
     * {@link #leaveGuidedFlow}, leaves it.
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
    Optional<GuidedQuestion> pendingGuidedQuestion(SessionId session);

    /**
     * What a session's turns say as a whole.
     *
     * @param history the turns it was drawn from, newest first (at least one)
     * @param trend per metric, the change from the first analysed turn to the latest (negative = went down)
     * @param strongest the metric with the highest latest score
     * @param weakest the metric with the lowest latest score
     * @param themes the categories of the library entries the turns matched, most frequent first
     * @param nextStep a suggested next step for the weakest metric
     * @param commitments what the person committed to, oldest first, and whether a later turn reported it done
     */
    public record Analysis(List<Turn> history, Map<Metric, Integer> trend, Metric strongest, Metric weakest,
                           List<String> themes, String nextStep, List<Commitment> commitments) {
        /**
         * Something the person said they would do.
         *
         * @param text the message that made the commitment
         * @param done whether a later message reported it done
         */
        public record Commitment(String text, boolean done) {
            /** Validates. */
            public Commitment {
                Checks.text(text, "text");
            }
        }

        /** {@return how many turns it was drawn from} */
        public int turns() {
            return history.size();
        }

        /** Validates and copies. */
        public Analysis {
            history = Checks.list(history, "history");
            if (history.isEmpty()) {
                throw new dev.mosaic.core.InvalidInputException("history", "an analysis needs at least one turn");
            }
            trend = Map.copyOf(Checks.present(trend, "trend"));
            Checks.present(strongest, "strongest");
            Checks.present(weakest, "weakest");
            themes = Checks.list(themes, "themes");
            Checks.text(nextStep, "next_step");
            commitments = Checks.list(commitments, "commitments");
        }
    }

    /**
     * One stored exchange of a coaching session.
     *
     * @param number its place in the session: 1 for the first turn, then one more than the turn before (a store keeps
     *     one turn per number, which is how two servers sharing a database keep a session's turns in order)
     * @param prompt what the person said
     * @param response what the coach answered
     * @param metrics the session's metrics after this turn
     * @param source which path produced the reply
     * @param matchId the id of the library entry the reply drew on, if any
     * @param matchTag the category of that entry, if any
     * @param care for a care reply, what it answered (empty for other turns)
     * @param guided for a turn of the guided flow, where the flow stands after it (empty for other turns)
     * @param createdAt when the turn happened (UTC)
     */
    public record Turn(int number, String prompt, String response, Metrics metrics, CoachReply.Source source,
                       Optional<String> matchId, Optional<String> matchTag, Optional<Care.Kind> care,
                       Optional<GuidedStep> guided, Instant createdAt) {
        /** Validates the fields. */
        public Turn {
            Checks.range(number, 1, Integer.MAX_VALUE, "number");
            Checks.present(prompt, "prompt");
            Checks.present(response, "response");
            Checks.present(metrics, "metrics");
            Checks.present(source, "source");
            Checks.present(matchId, "matchId");
            Checks.present(matchTag, "matchTag");
            Checks.present(care, "care");
            Checks.present(guided, "guided");
            Checks.present(createdAt, "createdAt");
        }
    }

    /**
     * Where the guided flow stands after a turn.
     *
     * @param state whether the turn asked a question, left the flow or ended it
     * @param questionId the question asked, the one waiting when the person left, or the last one answered
     */
    public record GuidedStep(State state, String questionId) {
        /** Validates the fields. */
        public GuidedStep {
            Checks.present(state, "state");
            Checks.text(questionId, "questionId");
        }

        /** What a guided turn did. */
        public enum State {
            /** The reply asked the question; the next message answers it. */
            ASKED,
            /** The person left the flow while the question waited; asking for the flow again resumes there. */
            LEFT,
            /** The last question was answered; asking for the flow again starts it over. */
            ENDED
        }
    }

    /**
     * One question of the guided flow.
     *
     * @param id stable id such as {@code g3}
     * @param text the question
     * @param feeds what the answer informs: clarity, action, momentum or profile
     */
    public record GuidedQuestion(String id, String text, String feeds) {
        /** Validates. */
        public GuidedQuestion {
            Checks.text(id, "id");
            Checks.text(text, "question");
            Checks.text(feeds, "feeds");
        }
    }

    /**
     * A choice a clarifying question offers when the coach is not sure which situation a message describes: the UI
     * shows it as a button, and sending its {@code label} as the next message (or its number, "1" or "2") answers the
     * earlier message with that library entry.
     *
     * @param label the situation in the person's words (the library entry's prompt)
     * @param topic the entry's library tag
     * @param entryId the entry's id
     */
    public record Option(String label, String topic, String entryId) {
        /** Validates. */
        public Option {
            Checks.text(label, "label");
            Checks.text(topic, "topic");
            Checks.text(entryId, "entry_id");
        }
    }
}
