package dev.mosaic.core.spi;

/**
 * An AI chat model (OpenAI, Anthropic, a failover chain, a test fake). Implementations are thread-safe and enforce
 * their own deadline; Mosaic falls back to its offline engines whenever a call throws.
 */
public interface ChatModel {
    /** {@return a short name for logs and health, e.g. {@code openai:gpt-4o-mini}} */
    String name();

    /**
     * {@return the reply}
     *
     * @param request the request
     * @throws dev.mosaic.core.MosaicException when the call fails in any way (the caller falls back)
     */
    ChatResponse complete(ChatRequest request);
}
