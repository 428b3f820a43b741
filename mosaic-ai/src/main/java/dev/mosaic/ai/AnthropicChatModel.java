package dev.mosaic.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.ai.ProviderException.Kind;
import dev.mosaic.core.spi.ChatModel;
import java.util.Optional;

/**
 * Anthropic's messages API ({@code POST /v1/messages}, {@code anthropic-version: 2023-06-01}) as a
 * {@link ChatModel}, with the retries, deadline and circuit breaker of its {@link Resilience}. System messages go
 * to the {@code system} field; Anthropic has no JSON mode, so a JSON request is asked for in the instructions.
 * Thread-safe.
 */
public final class AnthropicChatModel extends HttpChatModel {
    /** The public API. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    /** The API version this client speaks. */
    public static final String API_VERSION = "2023-06-01";

    private AnthropicChatModel(ProviderOptions options) {
        super("anthropic", options);
    }

    /** {@return a builder; {@link ProviderBuilder#apiKey} is required} */
    public static ProviderBuilder<AnthropicChatModel> builder() {
        return new ProviderBuilder<>(AiSettings.DEFAULT_ANTHROPIC_MODEL, DEFAULT_BASE_URL,
                AnthropicChatModel::new);
    }

    @Override
    okhttp3.Request.Builder request(ChatModel.Request chat, ObjectNode body) {
        body.put("model", model);
        body.put("max_tokens", chat.maxOutputTokens());
        StringBuilder system = new StringBuilder();
        ArrayNode messages = body.putArray("messages");
        for (ChatModel.Message message : chat.messages()) {
            if (message.role() == ChatModel.Role.SYSTEM) {
                system.append(system.length() > 0 ? "\n\n" : "").append(message.content());
            } else {
                messages.addObject().put("role", message.role() == ChatModel.Role.USER ? "user" : "assistant")
                        .put("content", message.content());
            }
        }
        if (chat.jsonOutput()) {
            system.append(system.length() > 0 ? "\n\n" : "")
                    .append("Answer with one JSON object only: no prose, no code fences.");
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        return new okhttp3.Request.Builder().url(baseUrl + "/v1/messages")
                .header("x-api-key", key)
                .header("anthropic-version", API_VERSION)
                .post(body(body));
    }

    @Override
    ChatModel.Response parse(JsonNode reply) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : reply.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        if (text.length() == 0) {
            throw failure(Kind.TRANSIENT, 200, Optional.empty(), "the reply had no text content", null);
        }
        if ("max_tokens".equals(reply.path("stop_reason").asText())) {
            throw failure(Kind.INVALID_OUTPUT, 200, Optional.empty(), "the reply was cut at the token limit", null);
        }
        JsonNode usage = reply.path("usage");
        return new ChatModel.Response(text.toString(), reply.path("model").asText(model),
                usage.path("input_tokens").asInt(0), usage.path("output_tokens").asInt(0));
    }

    @Override
    Kind classify(int status, JsonNode error) {
        String type = errorType(error).orElse("");
        if (status == 529 || type.equals("overloaded_error")) {
            return Kind.OVERLOADED;
        }
        if (status == 429) {
            // Anthropic reports spend limits as a 429 whose message names the limit; those are not retried.
            String message = errorMessage(error).toLowerCase(java.util.Locale.ROOT);
            return message.contains("credit balance") || message.contains("spend limit")
                    || message.contains("usage limit") ? Kind.QUOTA_EXHAUSTED : Kind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return Kind.AUTH;
        }
        if (status == 413 || errorMessage(error).toLowerCase(java.util.Locale.ROOT).contains("prompt is too long")) {
            return Kind.CONTEXT_TOO_LONG;
        }
        return byStatus(status);
    }
}
