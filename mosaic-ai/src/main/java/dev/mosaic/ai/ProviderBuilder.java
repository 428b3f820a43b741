package dev.mosaic.ai;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.spi.ChatModel;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Builds a provider model ({@link OpenAiChatModel#builder()}, {@link AnthropicChatModel#builder()}). Not
 * thread-safe; the model it builds is.
 *
 * @param <T> the model type
 */
public final class ProviderBuilder<T extends ChatModel> {
    private final Function<ProviderOptions, T> factory;
    private String apiKey;
    private String model;
    private String baseUrl;
    private Resilience resilience = Resilience.DEFAULT;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Resilience.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    ProviderBuilder(String defaultModel, String defaultBaseUrl, Function<ProviderOptions, T> factory) {
        this.model = defaultModel;
        this.baseUrl = defaultBaseUrl;
        this.factory = factory;
    }

    /**
     * Sets the key (required).
     *
     * @param apiKey the key (required)
     * @return this builder
     */
    public ProviderBuilder<T> apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /**
     * Sets the model name.
     *
     * @param model the model name
     * @return this builder
     */
    public ProviderBuilder<T> model(String model) {
        this.model = model;
        return this;
    }

    /**
     * Sets the API base URL, e.g. a proxy.
     *
     * @param baseUrl the API base URL, e.g. a proxy
     * @return this builder
     */
    public ProviderBuilder<T> baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * Sets retries, overall deadline and circuit breaker.
     *
     * @param resilience retries, overall deadline and circuit breaker
     * @return this builder
     */
    public ProviderBuilder<T> resilience(Resilience resilience) {
        this.resilience = present(resilience, "resilience");
        return this;
    }

    /**
     * {@return this builder}
     *
     * @param connect TCP connect timeout
     * @param read longest silence while reading the reply
     */
    public ProviderBuilder<T> timeouts(Duration connect, Duration read) {
        this.connectTimeout = present(connect, "connect");
        this.readTimeout = present(read, "read");
        return this;
    }

    ProviderBuilder<T> sleeper(Resilience.Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    /**
     * {@return the model}
     *
     * @throws InvalidInputException when the key, model or URL is missing
     */
    public T build() {
        if (apiKey == null || apiKey.isBlank() || apiKey.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("api_key", "is required and must not contain whitespace");
        }
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "is required");
        }
        if (baseUrl == null || !baseUrl.matches("https?://.+")) {
            throw new InvalidInputException("base_url", "must be an http(s) URL");
        }
        OkHttpClient client = ProviderOptions.SHARED.newBuilder().connectTimeout(connectTimeout).readTimeout(readTimeout).build();
        return factory.apply(new ProviderOptions(apiKey, model, baseUrl, resilience, client, sleeper));
    }

    static <V> V present(V value, String parameter) {
        if (value == null) {
            throw new InvalidInputException(parameter, "must not be null");
        }
        return value;
    }
}
