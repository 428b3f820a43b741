package dev.mosaic.ai;

import java.time.Duration;
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

    static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(10))
            .retryOnConnectionFailure(false) // retries are ours, counted and bounded
            .build();
}
