package dev.mosaic.core.coach;

import java.util.List;

/**
 * Scores a message and folds it into the session's metrics. Implementations are deterministic, explainable
 * (every change comes with signals) and thread-safe.
 */
public interface MetricsModel {
    /** @return a short stable name, e.g. {@code legacy} */
    String name();

    /**
     * @param current the session's metrics before this message ({@link #initial()} for a new session)
     * @param message what the person just said
     * @param earlier the session's earlier turns, newest first
     * @return the new metrics with the signals that moved them
     */
    ScoredMessage score(Metrics current, String message, List<Turn> earlier);

    /** @return the metrics a session starts from */
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
}
