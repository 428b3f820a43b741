package dev.mosaic.ai;

import java.util.Comparator;
import java.util.Map;

/**
 * What tokens cost, per model, in micro-dollars per million tokens. A model is priced by the longest entry its name
 * starts with ({@code gpt-4o-mini-2024-07-18} by {@code gpt-4o-mini}); an unknown model is priced at
 * {@link #UNKNOWN}, deliberately high, so that budgets err on the safe side.
 *
 * @param prices model-name prefix to price
 */
public record PriceTable(Map<String, Price> prices) {
    /**
     * One model's price.
     *
     * @param inputPerMillion micro-dollars per million input tokens
     * @param outputPerMillion micro-dollars per million output tokens
     */
    public record Price(long inputPerMillion, long outputPerMillion) {
    }

    /** The price used for a model missing from the table: $10 in, $30 out per million tokens. */
    public static final Price UNKNOWN = new Price(10_000_000, 30_000_000);

    /** List prices of the default models (USD per million tokens: gpt-4o-mini 0.15 / 0.60, Claude 3.5 Haiku 0.80 / 4). */
    public static final PriceTable DEFAULT = new PriceTable(Map.of(
            "gpt-4o-mini", new Price(150_000, 600_000),
            "gpt-4o", new Price(2_500_000, 10_000_000),
            "claude-3-5-haiku", new Price(800_000, 4_000_000),
            "claude-3-5-sonnet", new Price(3_000_000, 15_000_000)));

    /** Copies. */
    public PriceTable {
        prices = Map.copyOf(prices);
    }

    /**
     * {@return the cost in micro-dollars, rounded up}
     *
     * @param model the model that answered
     * @param inputTokens tokens read
     * @param outputTokens tokens written
     */
    public long cost(String model, int inputTokens, int outputTokens) {
        Price price = prices.entrySet().stream().filter(e -> model.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(UNKNOWN);
        long micros = (long) inputTokens * price.inputPerMillion() + (long) outputTokens * price.outputPerMillion();
        return (micros + 999_999) / 1_000_000;
    }
}
