package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * A request to a chat model.
 *
 * @param messages the conversation, system message first
 * @param maxOutputTokens the most tokens the reply may use
 * @param purpose what the call is for (e.g. {@code coach.reply}); used for usage accounting and logs
 */
public record ChatRequest(List<ChatMessage> messages, int maxOutputTokens, String purpose) {
    /** Validates and copies. */
    public ChatRequest {
        messages = Checks.list(messages, "messages");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        Checks.range(maxOutputTokens, 1, 100_000, "max_output_tokens");
        Checks.text(purpose, "purpose");
    }
}
