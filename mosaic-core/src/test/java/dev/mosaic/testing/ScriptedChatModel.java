package dev.mosaic.testing;

import dev.mosaic.core.spi.ChatModel;
import java.util.ArrayList;
import java.util.List;

/** A model that records what it was asked and answers every request with one set text, or fails every request. */
public final class ScriptedChatModel implements ChatModel {
    /** What it was asked, oldest first. */
    public final List<ChatModel.Request> requests = new ArrayList<>();
    private final String answer;
    private final boolean fail;

    /**
     * A model.
     *
     * @param answer the text of every answer
     * @param fail whether every request fails instead (as a provider that is down)
     */
    public ScriptedChatModel(String answer, boolean fail) {
        this.answer = answer;
        this.fail = fail;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public ChatModel.Response complete(ChatModel.Request request) {
        requests.add(request);
        if (fail) {
            throw new IllegalStateException("provider down");
        }
        return new ChatModel.Response(answer, "scripted", 10, 10);
    }
}
