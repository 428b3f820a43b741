package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * Scores a message and folds it into the session's metrics. Implementations are deterministic, explainable
 * (every change comes with signals) and thread-safe.
 */
public interface MetricsModel {
    /** {@return a short stable name, e.g. {@code legacy}} */
    String name();

    /**
     * {@return the new metrics with the signals that moved them}
     *
     * @param current the session's metrics before this message ({@link #initial()} for a new session)
     * @param message what the person just said
     * @param earlier the session's earlier turns, newest first
     */
    MetricsModel.Score score(Metrics current, String message, List<Coach.Turn> earlier);

    /** {@return the metrics a session starts from} */
    Metrics initial();

    /**
     * The earlier product's formula, kept for compatibility: with {@code words} the count of {@code \w+} tokens,
     * clarity += min(words/12, 6) (+4 if the text contains "thank"), action += min(words/18, 5),
     * momentum += min(words/20, 4), integer division, clamped to 0..100. It only ever goes up.
     *
     * @param start the values a session starts from
     * @return the legacy model
     */
    static MetricsModel legacy(Metrics start) {
        return new LegacyMetricsModel(start);
    }

    /**
     * The default model: deterministic lexical signals, each reported with the words that produced it.
     * <ul>
     * <li>clarity: a named target role or field (+18), criteria such as pay, place or timeline (+8 each), self-knowledge
     * such as strengths and values (+8), a named company (+6); hedging and confusion (-9 each);</li>
     * <li>action: a first-person commitment (+12), time bounds (+10), counts (+8), concrete career actions (+5 each);
     * passivity (-10 each), a declined commitment (-10);</li>
     * <li>momentum: completed actions in the past tense (+12 each), progress (+8), follow-through on a verb an earlier
     * turn committed to (+15), returning to the session (+3); being stuck, giving up, burnout (-12 each), and a
     * negated action ("I haven't applied", -8).</li>
     * </ul>
     * A message with no signal scores 30 on each metric. The session's state is the first message's scores, then an
     * exponential moving average (each new message weighs one half), so it goes down as well as up.
     *
     * @return the signals model, starting sessions at zero
     */
    static MetricsModel signals() {
        return new SignalMetricsModel(Metrics.ZERO);
    }

    /**
     * The result of scoring one message: the new session state and the signals that moved it.
     *
     * @param metrics the session's metrics after this message
     * @param signals the evidence, in the order found
     */
    public record Score(Metrics metrics, List<MetricsModel.Signal> signals) {
        /** Validates and copies. */
        public Score {
            Checks.present(metrics, "metrics");
            signals = Checks.list(signals, "signals");
        }
    }

    /**
     * One piece of evidence that moved a metric, with the text that produced it.
     *
     * @param metric the metric it moved
     * @param kind what kind of evidence it is
     * @param weight how much it moved the per-message score (negative pulls down)
     * @param text the span of the message that produced it (may be empty for whole-message signals)
     */
    public record Signal(Metric metric, Kind kind, int weight, String text) {
        /** Validates the fields. */
        public Signal {
            Checks.present(metric, "metric");
            Checks.present(kind, "kind");
            Checks.present(text, "text");
        }

        /** The kinds of evidence the bundled models report; written in snake case ({@link #key()}) outside Java. */
        public enum Kind {
            /** The message's length in words (the legacy model). */
            WORD_COUNT,
            /** Thanks in the message (the legacy model). */
            THANKS,
            /** A role or field the person wants, named. */
            NAMED_TARGET,
            /** A role or field mentioned. */
            NAMED_ROLE_OR_FIELD,
            /** Criteria such as pay, place or timeline. */
            CRITERIA,
            /** Strengths, values or what the person enjoys. */
            SELF_KNOWLEDGE,
            /** A company named. */
            NAMED_COMPANY,
            /** Hedging or confusion (pulls clarity down). */
            HEDGING,
            /** A first-person commitment. */
            COMMITMENT,
            /** A commitment declined (pulls action down). */
            DECLINED_COMMITMENT,
            /** A time bound such as "by Friday". */
            TIME_BOUND,
            /** A count such as "3 applications". */
            COUNT,
            /** A concrete career action. */
            CAREER_ACTION,
            /** Waiting or passivity (pulls action down). */
            PASSIVITY,
            /** An action completed, in the past tense. */
            COMPLETED_ACTION,
            /** An action not done (pulls momentum down). */
            NOT_DONE,
            /** Progress reported. */
            PROGRESS,
            /** Progress over several turns. */
            SUSTAINED_PROGRESS,
            /** Being stuck, giving up or burnout (pulls momentum down). */
            STALLED,
            /** An action an earlier turn committed to, now done. */
            FOLLOW_THROUGH,
            /** Returning to the session. */
            ENGAGEMENT;

            /** {@return the kind in snake case, such as {@code named_target}} */
            public String key() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }
}
