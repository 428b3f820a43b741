package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;

/**
 * A chat model's reply.
 *
 * @param text the reply text
 * @param model the model that wrote it
 * @param inputTokens tokens read
 * @param outputTokens tokens written
 */
public record ChatResponse(String text, String model, int inputTokens, int outputTokens) {
    /** Validates. */
    public ChatResponse {
        Checks.present(text, "text");
        Checks.text(model, "model");
        Checks.range(inputTokens, 0, Integer.MAX_VALUE, "input_tokens");
        Checks.range(outputTokens, 0, Integer.MAX_VALUE, "output_tokens");
    }
}
