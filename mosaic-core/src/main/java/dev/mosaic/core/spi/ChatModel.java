package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An AI chat model (OpenAI, Anthropic, a failover chain, a test fake). Implementations are thread-safe and enforce
 * their own deadline; Mosaic falls back to its offline engines whenever a call throws.
 */
public interface ChatModel {
    /** {@return a short name for logs and health, e.g. {@code openai:gpt-4o-mini}} */
    String name();

    /**
     * {@return the reply}
     *
     * @param request the request
     * @throws dev.mosaic.core.MosaicException when the call fails in any way (the caller falls back)
     */
    ChatModel.Response complete(ChatModel.Request request);

    /**
     * A request to a chat model.
     *
     * @param messages the conversation, system message first
     * @param maxOutputTokens the most tokens the reply may use
     * @param purpose what the call is for (e.g. {@code coach.reply}); used for usage accounting and logs
     * @param session the session the call serves, for its budget and usage ledger
     * @param jsonOutput whether the reply must be one JSON object (providers with a JSON mode use it)
     */
    public record Request(List<ChatModel.Message> messages, int maxOutputTokens, String purpose,
                              Optional<SessionId> session, boolean jsonOutput) {
        /** Validates and copies. */
        public Request {
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
        public static Request of(List<ChatModel.Message> messages, int maxOutputTokens, String purpose) {
            return new Request(messages, maxOutputTokens, purpose, Optional.empty(), false);
        }

        /**
         * {@return this request, accounted to that session}
         *
         * @param id the session the call serves
         */
        public Request forSession(SessionId id) {
            return new Request(messages, maxOutputTokens, purpose, Optional.of(id), jsonOutput);
        }

        /** {@return this request, asking for one JSON object as the reply} */
        public Request asJson() {
            return new Request(messages, maxOutputTokens, purpose, session, true);
        }
    }

    /**
     * A chat model's reply.
     *
     * @param text the reply text
     * @param model the model that wrote it
     * @param inputTokens tokens read
     * @param outputTokens tokens written
     */
    public record Response(String text, String model, int inputTokens, int outputTokens) {
        /** Validates. */
        public Response {
            Checks.present(text, "text");
            Checks.text(model, "model");
            Checks.range(inputTokens, 0, Integer.MAX_VALUE, "input_tokens");
            Checks.range(outputTokens, 0, Integer.MAX_VALUE, "output_tokens");
        }
    }

    /**
     * One message sent to a chat model.
     *
     * @param role who wrote it
     * @param content its text
     */
    public record Message(ChatModel.Role role, String content) {
        /** Validates. */
        public Message {
            Checks.present(role, "role");
            Checks.present(content, "content");
        }
    }

    /** Who wrote a chat message. */
    public enum Role {
        /** Instructions to the model. */
        SYSTEM,
        /** The person (or untrusted text on their behalf). */
        USER,
        /** The model. */
        ASSISTANT
    }

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
    public record Usage(String provider, String model, String purpose, int inputTokens, int outputTokens,
                              long costMicros, Instant at) {
        /** Validates. */
        public Usage {
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
}
