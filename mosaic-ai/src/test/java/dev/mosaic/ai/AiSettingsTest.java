package dev.mosaic.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AiSettingsTest {
    @Test
    void noKeysMeansNoProviders() {
        assertThat(AiSettings.NONE.configuredProviders()).isEmpty();
    }

    @Test
    void providersFollowTheKeysInFailoverOrder() {
        AiSettings both = new AiSettings(Optional.of("sk-fake-1"), Optional.of("ak-fake-2"), "m1", "m2");
        assertThat(both.configuredProviders()).containsExactly("openai", "anthropic");
        AiSettings anthropicOnly = new AiSettings(Optional.empty(), Optional.of("ak-fake-2"), "m1", "m2");
        assertThat(anthropicOnly.configuredProviders()).containsExactly("anthropic");
    }

    @Test
    void keysNeverAppearInToString() {
        AiSettings settings = new AiSettings(Optional.of("sk-fake-secret"), Optional.of("ak-fake-secret"), "m1", "m2");
        assertThat(settings.toString()).doesNotContain("secret").contains("openai=set", "anthropic=set");
    }

    @Test
    void malformedKeysAndModelsAreRefusedWithoutEchoingTheKey() {
        assertThatThrownBy(() -> new AiSettings(Optional.of("sk fake"), Optional.empty(), "m", "m"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("sk fake")
                .hasMessageContaining("openai_api_key");
        assertThatThrownBy(() -> new AiSettings(Optional.empty(), Optional.empty(), " ", "m"))
                .hasMessageContaining("openai_model");
    }
}
