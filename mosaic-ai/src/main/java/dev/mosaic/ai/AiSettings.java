package dev.mosaic.ai;

import dev.mosaic.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which AI providers to use and how: a plain value the server fills from its environment (the SDK never reads
 * environment variables). Keys never appear in {@link #toString()}.
 *
 * @param openAiKey the OpenAI API key, if any
 * @param anthropicKey the Anthropic API key, if any
 * @param openAiModel the OpenAI model
 * @param anthropicModel the Anthropic model
 */
public record AiSettings(Optional<String> openAiKey, Optional<String> anthropicKey, String openAiModel,
                         String anthropicModel) {
    /** Inexpensive current default for OpenAI. */
    public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    /** Inexpensive current default for Anthropic. */
    public static final String DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest";

    /** No provider: Mosaic answers offline. */
    public static final AiSettings NONE = new AiSettings(Optional.empty(), Optional.empty(), DEFAULT_OPENAI_MODEL,
            DEFAULT_ANTHROPIC_MODEL);

    /** Validates: keys, when given, are non-blank and contain no whitespace; model names are non-blank. */
    public AiSettings {
        openAiKey = checkKey(openAiKey, "openai_api_key");
        anthropicKey = checkKey(anthropicKey, "anthropic_api_key");
        if (openAiModel == null || openAiModel.isBlank()) {
            throw new InvalidInputException("openai_model", "must not be blank");
        }
        if (anthropicModel == null || anthropicModel.isBlank()) {
            throw new InvalidInputException("anthropic_model", "must not be blank");
        }
    }

    /** @return the providers that have a key, in failover order (OpenAI first) */
    public List<String> configuredProviders() {
        List<String> providers = new ArrayList<>(2);
        openAiKey.ifPresent(k -> providers.add("openai"));
        anthropicKey.ifPresent(k -> providers.add("anthropic"));
        return List.copyOf(providers);
    }

    @Override
    public String toString() {
        return "AiSettings[openai=" + (openAiKey.isPresent() ? "set" : "unset") + ", anthropic="
                + (anthropicKey.isPresent() ? "set" : "unset") + ", openAiModel=" + openAiModel
                + ", anthropicModel=" + anthropicModel + "]";
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
