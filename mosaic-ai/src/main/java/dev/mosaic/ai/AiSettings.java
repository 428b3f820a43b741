package dev.mosaic.ai;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which AI providers to use and how: a plain value the server fills from its environment (the SDK never reads
 * environment variables). Keys never appear in {@link #toString()}. {@link #chain} builds the configured models.
 *
 * @param openAiKey the OpenAI API key, if any
 * @param anthropicKey the Anthropic API key, if any
 * @param openAiModel the OpenAI model
 * @param anthropicModel the Anthropic model
 * @param openAiBaseUrl the OpenAI API base URL
 * @param anthropicBaseUrl the Anthropic API base URL
 * @param sessionBudgetMicros the most one session may spend on AI, in micro-dollars
 * @param dailyBudgetMicros the most all sessions may spend on AI in a UTC day, in micro-dollars
 * @param deadline the time budget of one call to one provider, retries included
 */
public record AiSettings(Optional<String> openAiKey, Optional<String> anthropicKey, String openAiModel,
                         String anthropicModel, String openAiBaseUrl, String anthropicBaseUrl, long sessionBudgetMicros,
                         long dailyBudgetMicros, Duration deadline) {
    /** Inexpensive current default for OpenAI. */
    public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    /** Inexpensive current default for Anthropic. */
    public static final String DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest";
    /** Default per-session budget: $0.50. */
    public static final long DEFAULT_SESSION_BUDGET_MICROS = 500_000;
    /** Default per-day budget: $5. */
    public static final long DEFAULT_DAILY_BUDGET_MICROS = 5_000_000;
    /** Default time budget of one call to one provider: 20 s. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);

    /** No provider: Mosaic answers offline. */
    public static final AiSettings NONE = new AiSettings(Optional.empty(), Optional.empty(), DEFAULT_OPENAI_MODEL,
            DEFAULT_ANTHROPIC_MODEL);

    /** Validates: keys, when given, are non-blank without whitespace; models and URLs are set; budgets not negative. */
    public AiSettings {
        openAiKey = checkKey(openAiKey, "openai_api_key");
        anthropicKey = checkKey(anthropicKey, "anthropic_api_key");
        requireText(openAiModel, "openai_model");
        requireText(anthropicModel, "anthropic_model");
        if (openAiBaseUrl == null || !openAiBaseUrl.matches("https?://.+")) {
            throw new InvalidInputException("openai_base_url", "must be an http(s) URL");
        }
        if (anthropicBaseUrl == null || !anthropicBaseUrl.matches("https?://.+")) {
            throw new InvalidInputException("anthropic_base_url", "must be an http(s) URL");
        }
        if (sessionBudgetMicros < 0 || dailyBudgetMicros < 0) {
            throw new InvalidInputException("budget", "must not be negative");
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new InvalidInputException("deadline", "must be positive");
        }
    }

    /**
     * Keys and models, everything else default.
     *
     * @param openAiKey the OpenAI key, if any
     * @param anthropicKey the Anthropic key, if any
     * @param openAiModel the OpenAI model
     * @param anthropicModel the Anthropic model
     */
    public AiSettings(Optional<String> openAiKey, Optional<String> anthropicKey, String openAiModel,
                      String anthropicModel) {
        this(openAiKey, anthropicKey, openAiModel, anthropicModel, OpenAiChatModel.DEFAULT_BASE_URL,
                AnthropicChatModel.DEFAULT_BASE_URL, DEFAULT_SESSION_BUDGET_MICROS, DEFAULT_DAILY_BUDGET_MICROS,
                DEFAULT_DEADLINE);
    }

    /** {@return the providers that have a key, in failover order (OpenAI first)} */
    public List<String> configuredProviders() {
        List<String> providers = new ArrayList<>(2);
        openAiKey.ifPresent(k -> providers.add("openai"));
        anthropicKey.ifPresent(k -> providers.add("anthropic"));
        return List.copyOf(providers);
    }

    /**
     * Builds the configured chain: each provider with a key, inside its budgets, OpenAI first, then Anthropic.
     *
     * @param store where the usage ledger is kept
     * @param clock the clock for budgets
     * @return the chain, or empty when no key is set (Mosaic then answers offline)
     */
    public Optional<ChatModel> chain(Store store, Clock clock) {
        Resilience resilience = new Resilience(Resilience.DEFAULT.maxRetries(), deadline,
                Resilience.DEFAULT.backoffBase(), Resilience.DEFAULT.maxRetryWait(),
                Resilience.DEFAULT.breakerThreshold(), Resilience.DEFAULT.breakerCooldown());
        List<ChatModel> models = new ArrayList<>(2);
        openAiKey.ifPresent(key -> models.add(budgeted(OpenAiChatModel.builder().apiKey(key).model(openAiModel)
                .baseUrl(openAiBaseUrl).resilience(resilience).build(), store, clock)));
        anthropicKey.ifPresent(key -> models.add(budgeted(AnthropicChatModel.builder().apiKey(key)
                .model(anthropicModel).baseUrl(anthropicBaseUrl).resilience(resilience).build(), store, clock)));
        return models.isEmpty() ? Optional.empty() : Optional.of(FailoverChatModel.of(models));
    }

    private ChatModel budgeted(ChatModel model, Store store, Clock clock) {
        return BudgetedChatModel.builder(model, store).sessionBudgetMicros(sessionBudgetMicros)
                .dailyBudgetMicros(dailyBudgetMicros).clock(clock).build();
    }

    @Override
    public String toString() {
        return "AiSettings[openai=" + (openAiKey.isPresent() ? "set" : "unset") + ", anthropic="
                + (anthropicKey.isPresent() ? "set" : "unset") + ", openAiModel=" + openAiModel
                + ", anthropicModel=" + anthropicModel + ", openAiBaseUrl=" + openAiBaseUrl + ", anthropicBaseUrl="
                + anthropicBaseUrl + ", sessionBudgetMicros=" + sessionBudgetMicros + ", dailyBudgetMicros="
                + dailyBudgetMicros + ", deadline=" + deadline + "]";
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
    }

    private static Optional<String> checkKey(Optional<String> key, String field) {
        if (key == null) {
            throw new InvalidInputException(field, "must be present or empty, not null");
        }
        if (key.isPresent() && (key.get().isBlank() || key.get().chars().anyMatch(Character::isWhitespace))) {
            throw new InvalidInputException(field, "must not be blank or contain whitespace");
        }
        return key;
    }
}
