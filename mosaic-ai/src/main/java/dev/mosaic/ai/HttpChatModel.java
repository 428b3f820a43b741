package dev.mosaic.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.ai.ProviderException.Kind;
import dev.mosaic.core.spi.ChatModel;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * One HTTP attempt at a provider's chat API: builds the provider's request shape, sends it with explicit timeouts,
 * and turns every failure into a classified {@link ProviderException}. Retries, deadlines across attempts and
 * failover live in {@link ResilientChatModel}.
 */
abstract class HttpChatModel implements ChatModel {
    static final MediaType JSON = MediaType.get("application/json");
    static final ObjectMapper MAPPER = new ObjectMapper();

    final String provider;
    final String model;
    final String baseUrl;
    final String key;
    private final OkHttpClient client;
    private final ResilientCall call;

    HttpChatModel(String provider, ProviderOptions options) {
        this.provider = provider;
        this.model = options.model();
        String base = options.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = options.apiKey();
        this.client = options.client();
        this.call = new ResilientCall(this, options.resilience(), options.sleeper());
    }

    @Override
    public String name() {
        return provider + ":" + model;
    }

    /** Sends the request with retries, one deadline and a circuit breaker around each provider attempt. */
    @Override
    public ChatModel.Response complete(ChatModel.Request request) {
        return call.complete(request);
    }

    /** {@return the request to send, with its provider-specific path, headers and body} */
    abstract okhttp3.Request.Builder request(ChatModel.Request request, ObjectNode body);

    /** Reads a 200 reply; throws {@link ProviderException} of kind TRANSIENT or INVALID_OUTPUT when it cannot. */
    abstract ChatModel.Response parse(JsonNode reply);

    /** Classifies an error reply from its status and the provider's error body. */
    abstract Kind classify(int status, JsonNode error);

    /**
     * One attempt, bounded by {@code timeout} from start to last byte.
     *
     * @throws ProviderException classified
     */
    ChatModel.Response attempt(ChatModel.Request chat, Duration timeout) {
        okhttp3.Request httpRequest = request(chat, MAPPER.createObjectNode()).build();
        OkHttpClient bounded = client.newBuilder().callTimeout(timeout).build();
        try (okhttp3.Response response = bounded.newCall(httpRequest).execute()) {
            byte[] body = response.body().bytes();
            if (response.code() == 200) {
                JsonNode reply;
                try {
                    reply = body.length == 0 ? null : MAPPER.readTree(body);
                } catch (IOException e) {
                    throw failure(Kind.TRANSIENT, 200, Optional.empty(), "the reply was not JSON", e);
                }
                if (reply == null || !reply.isObject()) {
                    throw failure(Kind.TRANSIENT, 200, Optional.empty(), "the reply was empty", null);
                }
                return parse(reply);
            }
            JsonNode error = readQuietly(body);
            Kind kind = classify(response.code(), error);
            throw failure(kind, response.code(), retryAfter(response), "HTTP " + response.code()
                    + errorType(error).map(t -> " (" + t + ")").orElse(""), null);
        } catch (ProviderException e) {
            throw e;
        } catch (InterruptedIOException e) { // includes SocketTimeoutException and the call timeout
            throw failure(Kind.TIMEOUT, 0, Optional.empty(), "no reply within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw failure(Kind.TRANSIENT, 0, Optional.empty(), "connection failed: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    ProviderException failure(Kind kind, int status, Optional<Duration> retryAfter, String message, Throwable cause) {
        return new ProviderException(provider, kind, status, retryAfter, message, cause);
    }

    /** The provider's own error type (e.g. {@code rate_limit_error}), never its free-text message. */
    static Optional<String> errorType(JsonNode error) {
        if (error == null) {
            return Optional.empty();
        }
        JsonNode inner = error.path("error");
        for (String field : new String[] {"type", "code"}) {
            JsonNode value = inner.path(field);
            if (value.isTextual() && value.asText().matches("[a-z_]{1,64}")) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    /** What a status says once a provider's own error codes and messages have been read: the common fallback. */
    static Kind byStatus(int status) {
        if (status == 503) {
            return Kind.OVERLOADED;
        }
        if (status >= 500) {
            return Kind.TRANSIENT;
        }
        return Kind.BAD_REQUEST;
    }

    static String errorMessage(JsonNode error) {
        return error == null ? "" : error.path("error").path("message").asText("");
    }

    private static JsonNode readQuietly(byte[] body) {
        try {
            return body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code retry-after-ms} (milliseconds) wins over {@code Retry-After} (seconds or an HTTP date). */
    static Optional<Duration> retryAfter(okhttp3.Response response) {
        String millis = response.header("retry-after-ms");
        if (millis != null) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.strip()))));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        String value = response.header("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.strip()) * 1000))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    static RequestBody body(ObjectNode json) {
        try {
            return RequestBody.create(MAPPER.writeValueAsBytes(json), JSON);
        } catch (IOException e) {
            throw new IllegalStateException("request could not be serialised", e);
        }
    }
}
