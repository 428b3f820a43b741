package dev.mosaic.ai;

import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
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

    private BudgetedChatModel(Builder builder) {
        this.delegate = builder.delegate;
        this.provider = delegate.name().split(":", 2)[0];
        this.store = builder.store;
        this.prices = builder.prices;
        this.sessionBudgetMicros = builder.sessionBudgetMicros;
        this.dailyBudgetMicros = builder.dailyBudgetMicros;
        this.clock = builder.clock;
    }

    /**
     * {@return a builder for a model that checks every call of {@code delegate} against the budgets first and records
     * it in the ledger of {@code store} after; budgets default to {@link AiSettings#DEFAULT_SESSION_BUDGET_MICROS} and
     * {@link AiSettings#DEFAULT_DAILY_BUDGET_MICROS}, prices to {@link PriceTable#DEFAULT}, the clock to UTC}
     *
     * @param delegate the provider
     * @param store where the ledger lives
     * @throws dev.mosaic.core.InvalidInputException when an argument is null
     */
    public static Builder builder(ChatModel delegate, Store store) {
        return new Builder(ProviderBuilder.present(delegate, "delegate"), ProviderBuilder.present(store, "store"));
    }

    /** Configures a {@link BudgetedChatModel}. Not thread-safe; the model it builds is. */
    public static final class Builder {
        private final ChatModel delegate;
        private final Store store;
        private PriceTable prices = PriceTable.DEFAULT;
        private long sessionBudgetMicros = AiSettings.DEFAULT_SESSION_BUDGET_MICROS;
        private long dailyBudgetMicros = AiSettings.DEFAULT_DAILY_BUDGET_MICROS;
        private Clock clock = Clock.systemUTC();

        private Builder(ChatModel delegate, Store store) {
            this.delegate = delegate;
            this.store = store;
        }

        /**
         * Sets what tokens cost.
         *
         * @param prices what tokens cost
         * @return this builder
         */
        public Builder prices(PriceTable prices) {
            this.prices = ProviderBuilder.present(prices, "prices");
            return this;
        }

        /**
         * Sets the most one session may spend.
         *
         * @param micros the most one session may spend, in micro-dollars, at least 0
         * @return this builder
         */
        public Builder sessionBudgetMicros(long micros) {
            this.sessionBudgetMicros = notNegative(micros, "micros");
            return this;
        }

        /**
         * Sets the most all sessions together may spend in a UTC day.
         *
         * @param micros the most all sessions together may spend in a UTC day, in micro-dollars, at least 0
         * @return this builder
         */
        public Builder dailyBudgetMicros(long micros) {
            this.dailyBudgetMicros = notNegative(micros, "micros");
            return this;
        }

        /**
         * Sets the clock (the day boundary is UTC midnight).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = ProviderBuilder.present(clock, "clock");
            return this;
        }

        /** {@return the budgeted model} */
        public BudgetedChatModel build() {
            return new BudgetedChatModel(this);
        }

        private static long notNegative(long value, String parameter) {
            if (value < 0) {
                throw new dev.mosaic.core.InvalidInputException(parameter, "must not be negative, was " + value);
            }
            return value;
        }
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ChatModel.Response complete(ChatModel.Request request) {
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
        ChatModel.Response response = delegate.complete(request);
        long cost = prices.cost(response.model(), response.inputTokens(), response.outputTokens());
        ChatModel.Usage usage = new ChatModel.Usage(provider, response.model(), request.purpose(), response.inputTokens(),
                response.outputTokens(), cost, clock.instant());
        request.session().ifPresentOrElse(session -> store.recordUsage(session, usage),
                () -> store.recordUsage(usage));
        return response;
    }

    private long sessionCost(SessionId session) {
        return store.usage(session).stream().mapToLong(ChatModel.Usage::costMicros).sum();
    }
}
