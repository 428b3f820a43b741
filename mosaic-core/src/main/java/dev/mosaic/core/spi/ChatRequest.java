package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * A request to a chat model.
 *
 * @param messages the conversation, system message first
 * @param maxOutputTokens the most tokens the reply may use
 * @param purpose what the call is for (e.g. {@code coach.reply}); used for usage accounting and logs
 * @param session the session the call serves, for its budget and usage ledger
 * @param jsonOutput whether the reply must be one JSON object (providers with a JSON mode use it)
 */
public record ChatRequest(List<ChatMessage> messages, int maxOutputTokens, String purpose,
                          Optional<SessionId> session, boolean jsonOutput) {
    /** Validates and copies. */
    public ChatRequest {
        messages = Checks.list(messages, "messages");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        Checks.range(maxOutputTokens, 1, 100_000, "max_output_tokens");
        Checks.text(purpose, "purpose");
        Checks.present(session, "session");
    }

    /**
     * A plain-text request outside any session.
     *
     * @param messages the conversation
     * @param maxOutputTokens the most tokens the reply may use
     * @param purpose what the call is for
     * @return the request
     */
    public static ChatRequest of(List<ChatMessage> messages, int maxOutputTokens, String purpose) {
        return new ChatRequest(messages, maxOutputTokens, purpose, Optional.empty(), false);
    }

    /**
     * {@return this request, accounted to that session}
     *
     * @param id the session the call serves
     */
    public ChatRequest forSession(SessionId id) {
        return new ChatRequest(messages, maxOutputTokens, purpose, Optional.of(id), jsonOutput);
    }

    /** {@return this request, asking for one JSON object as the reply} */
    public ChatRequest asJson() {
        return new ChatRequest(messages, maxOutputTokens, purpose, session, true);
    }
}
