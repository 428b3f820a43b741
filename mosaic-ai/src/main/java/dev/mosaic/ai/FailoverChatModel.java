package dev.mosaic.ai;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.ChatModel;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Tries each model in order until one answers (for example OpenAI, then Anthropic). When all fail it throws the last
 * failure, and Mosaic answers with its offline engines. A key rejected with 401/403 is reported once per provider as
 * a configuration problem, never with the key. Thread-safe.
 */
public final class FailoverChatModel implements ChatModel {
    private static final System.Logger LOG = System.getLogger(FailoverChatModel.class.getName());

    private final List<ChatModel> chain;
    private final Set<String> reportedMisconfigured = ConcurrentHashMap.newKeySet();

    private FailoverChatModel(List<ChatModel> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * {@return the failover model}
     *
     * @param chain the models, first choice first (at least one)
     */
    public static FailoverChatModel of(List<ChatModel> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a failover chain needs at least one model");
        }
        return new FailoverChatModel(chain);
    }

    @Override
    public String name() {
        return chain.stream().map(ChatModel::name).collect(Collectors.joining(" -> "));
    }

    @Override
    public ChatModel.Response complete(ChatModel.Request request) {
        MosaicException last = null;
        for (ChatModel model : chain) {
            try {
                return model.complete(request);
            } catch (ProviderException e) {
                last = e;
                if (e.kind() == ProviderException.Kind.AUTH && reportedMisconfigured.add(model.name())) {
                    LOG.log(Level.ERROR, model.name() + " rejected its API key (HTTP " + e.status()
                            + "): check the key's value and permissions; calls go to the next provider meanwhile");
                } else if (e.kind() == ProviderException.Kind.QUOTA_EXHAUSTED
                        && reportedMisconfigured.add(model.name() + ":quota")) {
                    LOG.log(Level.WARNING, model.name() + " reports its quota or spend limit reached");
                } else {
                    LOG.log(Level.INFO, model.name() + " failed (" + e.kind() + "); trying the next provider");
                }
            } catch (MosaicException e) {
                last = e;
                LOG.log(Level.INFO, model.name() + " failed (" + e.code() + "); trying the next provider");
            }
        }
        throw last;
    }
}
