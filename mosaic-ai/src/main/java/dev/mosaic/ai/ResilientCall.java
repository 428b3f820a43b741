package dev.mosaic.ai;

import dev.mosaic.core.spi.ChatModel;

/** A provider's calls under its {@link Resilience}, with the provider's own circuit breaker. */
final class ResilientCall {
    private final HttpChatModel model;
    private final Resilience resilience;
    private final Resilience.Sleeper sleeper;
    private final Resilience.Breaker breaker = new Resilience.Breaker();

    ResilientCall(HttpChatModel model, Resilience resilience, Resilience.Sleeper sleeper) {
        this.model = model;
        this.resilience = resilience;
        this.sleeper = sleeper;
    }

    ChatModel.Response complete(ChatModel.Request request) {
        return resilience.call(model, request, breaker, sleeper, System::nanoTime);
    }
}
