/** Mosaic's AI providers: OpenAI and Anthropic {@link dev.mosaic.core.spi.ChatModel}s and their settings. */
module dev.mosaic.ai {
    requires transitive dev.mosaic.core;

    exports dev.mosaic.ai;
}
