package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * The result of scoring one message: the new session state and the signals that moved it.
 *
 * @param metrics the session's metrics after this message
 * @param signals the evidence, in the order found
 */
public record ScoredMessage(Metrics metrics, List<Signal> signals) {
    /** Validates and copies. */
    public ScoredMessage {
        Checks.present(metrics, "metrics");
        signals = Checks.list(signals, "signals");
    }
}
