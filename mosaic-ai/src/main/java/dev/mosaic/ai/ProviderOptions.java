package dev.mosaic.ai;

import dev.mosaic.core.InvalidInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * What a provider model is built from.
 *
 * @param apiKey the provider key (never logged)
 * @param model the model name
 * @param baseUrl the API's base URL (a proxy or a test stub may stand in)
 * @param resilience retries, deadline and circuit breaker
 * @param client the HTTP client, with connect and read timeouts set
 * @param sleeper how backoff waits
 */
record ProviderOptions(String apiKey, String model, String baseUrl, Resilience resilience, OkHttpClient client,
                       Resilience.Sleeper sleeper) {

    private static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(10))
            .retryOnConnectionFailure(false) // retries are ours, counted and bounded
            .build();

    /**
     * Builds a provider model. Not thread-safe; the model it builds is.
     *
     * @param <T> the model type
     */
    public static final class Builder<T> {
        private final Function<ProviderOptions, T> factory;
        private String apiKey;
        private String model;
        private String baseUrl;
        private Resilience resilience = Resilience.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Resilience.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

        Builder(String defaultModel, String defaultBaseUrl, Function<ProviderOptions, T> factory) {
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
        public Builder<T> apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the model name.
         *
         * @param model the model name
         * @return this builder
         */
        public Builder<T> model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Sets the API base URL, e.g. a proxy.
         *
         * @param baseUrl the API base URL, e.g. a proxy
         * @return this builder
         */
        public Builder<T> baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets retries, overall deadline and circuit breaker.
         *
         * @param resilience retries, overall deadline and circuit breaker
         * @return this builder
         */
        public Builder<T> resilience(Resilience resilience) {
            this.resilience = Objects.requireNonNull(resilience, "resilience");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param connect TCP connect timeout
         * @param read longest silence while reading the reply
         */
        public Builder<T> timeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            return this;
        }

        Builder<T> sleeper(Resilience.Sleeper sleeper) {
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
            OkHttpClient client = SHARED.newBuilder().connectTimeout(connectTimeout).readTimeout(readTimeout).build();
            return factory.apply(new ProviderOptions(apiKey, model, baseUrl, resilience, client, sleeper));
        }
    }
}
