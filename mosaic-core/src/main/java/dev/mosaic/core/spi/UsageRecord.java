package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;

/**
 * One AI call's usage, for the ledger and the budgets.
 *
 * @param provider e.g. {@code openai}
 * @param model the model used
 * @param purpose what the call was for, e.g. {@code coach.reply}
 * @param inputTokens tokens read
 * @param outputTokens tokens written
 * @param costMicros cost in millionths of a US dollar
 * @param at when the call finished
 */
public record UsageRecord(String provider, String model, String purpose, int inputTokens, int outputTokens,
                          long costMicros, Instant at) {
    /** Validates. */
    public UsageRecord {
        Checks.text(provider, "provider");
        Checks.text(model, "model");
        Checks.text(purpose, "purpose");
        Checks.range(inputTokens, 0, Integer.MAX_VALUE, "input_tokens");
        Checks.range(outputTokens, 0, Integer.MAX_VALUE, "output_tokens");
        if (costMicros < 0) {
            throw new IllegalArgumentException("cost must not be negative");
        }
        Checks.present(at, "at");
    }
}
