package dev.mosaic.core.coach;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
     * What the person has told the coach about themselves in this session ("what Mosaic knows about you"): for each
     * kind that holds one value (the current role, the offer, the place...) the latest statement, a correction
     * replacing what it corrects; for the others (companies, people, dates, skills) each one, the latest statement
     * of it. Only what the person wrote, never guessed; forgotten facts are gone.
     *
     * @param session the session
     * @return the facts, in the order they were first stated
     */
    List<Fact> facts(SessionId session);

    /**
     * Forgets one fact: it no longer shapes replies, job matching or the analysis, and is erased from the store.
     *
     * @param session the session
     * @param factId a {@link Fact#id()} from {@link #facts}
     * @return true when the fact was there and is now forgotten
     */
    boolean forgetFact(SessionId session, String factId);

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
     * @param nextStep the next step the reply offered, if any
     * @param facts what the person stated about themselves in this turn (each with this turn's number)
     */
    public record Turn(int number, String prompt, String response, Metrics metrics, CoachReply.Source source,
                       Optional<String> matchId, Optional<String> matchTag, Optional<Care.Kind> care,
                       Optional<GuidedStep> guided, Instant createdAt, Optional<String> nextStep,
                       List<Fact> facts) {
        /**
         * A turn that offered no next step and noted no facts.
         *
         * @param number its place in the session
         * @param prompt what the person said
         * @param response what the coach answered
         * @param metrics the session's metrics after this turn
         * @param source which path produced the reply
         * @param matchId the id of the library entry the reply drew on, if any
         * @param matchTag the category of that entry, if any
         * @param care for a care reply, what it answered
         * @param guided for a turn of the guided flow, where the flow stands after it
         * @param createdAt when the turn happened (UTC)
         */
        public Turn(int number, String prompt, String response, Metrics metrics, CoachReply.Source source,
                    Optional<String> matchId, Optional<String> matchTag, Optional<Care.Kind> care,
                    Optional<GuidedStep> guided, Instant createdAt) {
            this(number, prompt, response, metrics, source, matchId, matchTag, care, guided, createdAt,
                    Optional.empty(), List.of());
        }

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
            Checks.present(nextStep, "nextStep");
            facts = Checks.list(facts, "facts");
            for (Fact fact : facts) {
                if (fact.turn() != number) {
                    throw new dev.mosaic.core.InvalidInputException("facts", "fact " + fact.id()
                            + " belongs to turn " + fact.turn() + ", not " + number);
                }
            }
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

    /**
     * Something the person said about themselves, in their own words, and the turn they said it in.
     *
     * @param kind what it is about
     * @param value the fact, short ("HR", "$85k", "Denver", "manager (he)")
     * @param words the words it was read from, as the person wrote them
     * @param turn the number of the turn that stated it
     */
    public record Fact(Fact.Kind kind, String value, String words, int turn) {
        /** Longest value and longest words kept, in characters. */
        public static final int MAX_LENGTH = 200;

        /** Validates; runs of whitespace and control characters become one space. */
        public Fact {
            Checks.present(kind, "kind");
            value = Checks.boundedText(value, "value", MAX_LENGTH).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
            words = Checks.boundedText(words, "words", MAX_LENGTH).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
            Checks.range(turn, 1, Integer.MAX_VALUE, "turn");
        }

        /** {@return a stable id within the session: the turn, the kind and the value, such as {@code 3-offer-95k}} */
        public String id() {
            StringBuilder slug = new StringBuilder();
            for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    slug.append(c);
                } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
            }
            String tail = slug.length() > 0 && slug.charAt(slug.length() - 1) == '-'
                    ? slug.substring(0, slug.length() - 1) : slug.toString();
            return turn + "-" + kind.key() + "-" + (tail.length() > 40 ? tail.substring(0, 40) : tail);
        }

        /** What a fact is about. */
        public enum Kind {
            /** Their current or latest job or field. */
            CURRENT_ROLE,
            /** The job or field they want. */
            TARGET_ROLE,
            /** Years of experience in their work. */
            YEARS,
            /** A job offer's pay. */
            OFFER,
            /** What they are paid now. */
            CURRENT_PAY,
            /** How long their savings would last. */
            SAVINGS,
            /** A city, region or country for them or the job, or "remote". */
            PLACE,
            /** A date or deadline. */
            DATE,
            /** An employer or organisation they named. */
            COMPANY,
            /** Someone in their story (manager, coworker, recruiter, HR...), with the pronoun used for them. */
            PERSON,
            /** How they say they feel. */
            FEELING,
            /** A skill of the vocabulary that they say they have. */
            SKILL;

            /** {@return the lowercase JSON name} */
            public String key() {
                return name().toLowerCase(Locale.ROOT);
            }

            /** {@return whether a new statement replaces the earlier one (one current role, one offer...)} */
            public boolean single() {
                return this != DATE && this != COMPANY && this != PERSON && this != SKILL;
            }
        }
    }
}
