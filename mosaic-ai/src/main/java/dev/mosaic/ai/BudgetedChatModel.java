package dev.mosaic.ai;

import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.ChatRequest;
import dev.mosaic.core.spi.ChatResponse;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.UsageRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Keeps one provider inside its budgets: before a call, refuses (without touching the network) when the session's or
 * the UTC day's spend has reached its limit; after a call, writes tokens and cost to the usage ledger in the
 * {@link Store}. Thread-safe; concurrent calls may overshoot a budget by the calls already in flight.
 */
public final class BudgetedChatModel implements ChatModel {
    private final ChatModel delegate;
    private final String provider;
    private final Store store;
    private final PriceTable prices;
    private final long sessionBudgetMicros;
    private final long dailyBudgetMicros;
    private final Clock clock;

    /**
     * Wraps a provider so that every call is checked against the budgets first and recorded in the ledger after.
     *
     * @param delegate the provider
     * @param store where the ledger lives
     * @param prices what tokens cost
     * @param sessionBudgetMicros the most one session may spend, in micro-dollars
     * @param dailyBudgetMicros the most all sessions together may spend in a UTC day, in micro-dollars
     * @param clock the clock (the day boundary is UTC midnight)
     */
    public BudgetedChatModel(ChatModel delegate, Store store, PriceTable prices, long sessionBudgetMicros,
                             long dailyBudgetMicros, Clock clock) {
        this.delegate = delegate;
        this.provider = delegate.name().split(":", 2)[0];
        this.store = store;
        this.prices = prices;
        this.sessionBudgetMicros = sessionBudgetMicros;
        this.dailyBudgetMicros = dailyBudgetMicros;
        this.clock = clock;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        Instant now = clock.instant();
        Instant dayStart = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        if (store.costSince(dayStart) >= dailyBudgetMicros) {
            throw ProviderException.of(provider, ProviderException.Kind.BUDGET_EXHAUSTED,
                    "the daily AI budget is spent; answering offline until midnight UTC");
        }
        if (request.session().isPresent() && sessionCost(request.session().get()) >= sessionBudgetMicros) {
            throw ProviderException.of(provider, ProviderException.Kind.BUDGET_EXHAUSTED,
                    "this session's AI budget is spent; answering offline");
        }
        ChatResponse response = delegate.complete(request);
        long cost = prices.cost(response.model(), response.inputTokens(), response.outputTokens());
        UsageRecord usage = new UsageRecord(provider, response.model(), request.purpose(), response.inputTokens(),
                response.outputTokens(), cost, clock.instant());
        request.session().ifPresentOrElse(session -> store.recordUsage(session, usage),
                () -> store.recordUsage(usage));
        return response;
    }

    private long sessionCost(SessionId session) {
        return store.usage(session).stream().mapToLong(UsageRecord::costMicros).sum();
    }
}
