package dev.mosaic.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.spi.ChatModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: one tiny real call per provider whose key is in the environment ({@code MOSAIC_LIVE_OPENAI_API_KEY},
 * {@code MOSAIC_LIVE_ANTHROPIC_API_KEY}; separate names so that a server's keys never trigger paid test calls).
 * Skipped otherwise; CI has no keys and no network to the providers.
 */
class LiveProviderCheckTest {
    private static final ChatModel.Request PING = ChatModel.Request.of(List.of(new ChatModel.Message(ChatModel.Role.USER,
            "Reply with the single word: ready")), 5, "live-check");

    @Test
    void openAiAnswers() {
        check(env("MOSAIC_LIVE_OPENAI_API_KEY").map(key -> OpenAiChatModel.builder().apiKey(key).build()));
    }

    @Test
    void anthropicAnswers() {
        check(env("MOSAIC_LIVE_ANTHROPIC_API_KEY").map(key -> AnthropicChatModel.builder().apiKey(key).build()));
    }

    private static void check(Optional<? extends ChatModel> model) {
        Assumptions.assumeTrue(model.isPresent(), "no live key in the environment: live check skipped");
        assertThat(model.get().complete(PING).text()).isNotBlank();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
