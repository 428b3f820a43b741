package dev.mosaic.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.ai.ProviderException.Kind;
import dev.mosaic.core.spi.ChatModel;
import java.util.Locale;

/**
 * OpenAI's chat completions API ({@code POST /v1/chat/completions}) as a {@link ChatModel}, with the retries,
 * deadline and circuit breaker of its {@link Resilience}. A request that asks for JSON uses OpenAI's JSON mode.
 * Thread-safe.
 */
public final class OpenAiChatModel extends HttpChatModel {
    /** The public API. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com";

    private OpenAiChatModel(ProviderOptions options) {
        super("openai", options);
    }

    /** {@return a builder; {@link ProviderBuilder#apiKey} is required} */
    public static ProviderBuilder<OpenAiChatModel> builder() {
        return new ProviderBuilder<>(AiSettings.DEFAULT_OPENAI_MODEL, DEFAULT_BASE_URL, OpenAiChatModel::new);
    }

    @Override
    okhttp3.Request.Builder request(ChatModel.Request chat, ObjectNode body) {
        body.put("model", model);
        body.put("max_completion_tokens", chat.maxOutputTokens());
        ArrayNode messages = body.putArray("messages");
        for (ChatModel.Message message : chat.messages()) {
            messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT))
                    .put("content", message.content());
        }
        if (chat.jsonOutput()) {
            body.putObject("response_format").put("type", "json_object");
        }
        return new okhttp3.Request.Builder().url(baseUrl + "/v1/chat/completions")
                .header("Authorization", "Bearer " + key)
                .post(body(body));
    }

    @Override
    ChatModel.Response parse(JsonNode reply) {
        JsonNode choice = reply.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual()) {
            throw failure(Kind.TRANSIENT, 200, java.util.Optional.empty(), "the reply had no message content", null);
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            throw failure(Kind.INVALID_OUTPUT, 200, java.util.Optional.empty(), "the reply was cut at the token limit",
                    null);
        }
        JsonNode usage = reply.path("usage");
        return new ChatModel.Response(content.asText(), reply.path("model").asText(model),
                usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0));
    }

    @Override
    Kind classify(int status, JsonNode error) {
        String type = errorType(error).orElse("");
        String code = error == null ? "" : error.path("error").path("code").asText("");
        if (status == 429) {
            return code.equals("insufficient_quota") || type.equals("insufficient_quota") ? Kind.QUOTA_EXHAUSTED
                    : Kind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return Kind.AUTH;
        }
        if (status == 400 && (code.equals("context_length_exceeded")
                || errorMessage(error).contains("maximum context length"))) {
            return Kind.CONTEXT_TOO_LONG;
        }
        return byStatus(status);
    }
}
