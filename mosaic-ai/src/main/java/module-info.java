/**
 * Mosaic's AI providers: {@link dev.mosaic.ai.OpenAiChatModel} and {@link dev.mosaic.ai.AnthropicChatModel} over
 * OkHttp and Jackson, with retries, deadlines, circuit breakers, failover, budgets and a usage ledger.
 */
@org.jspecify.annotations.NullMarked
module dev.mosaic.ai {
    requires static org.jspecify;
    requires transitive dev.mosaic.core;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;

    exports dev.mosaic.ai;
}
