package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.MetricsConfig;
import io.helidon.metrics.api.MetricsFactory;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.service.registry.Services;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * What operators see at {@code GET /metrics}, in the Prometheus text format, through Helidon's metrics (Micrometer
 * underneath): requests by route and status with latency histograms, refusals by reason, document parse timeouts,
 * model calls by outcome and today's cost, store latency by operation, sessions, stored bytes and open connections.
 * No meter is tagged with anything a client chose beyond a route template, a method and a status, and none with a
 * session id. Thread-safe.
 */
final class ServerMetrics implements Filter, AutoCloseable {
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE", "CONNECT");
    /** How long the whole-store totals (a scan) and today's AI cost (a sum) are kept between scrapes. */
    private static final long TOTALS_NANOS = TimeUnit.SECONDS.toNanos(30);

    /**
     * Helidon's metrics configuration and registry, set up on their own thread: loading them takes about half a
     * second, done beside the rest of start-up.
     */
    private final CompletableFuture<Setup> setup = new CompletableFuture<>();
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> storeOperations = new ConcurrentHashMap<>();
    private final Map<String, Counter> modelCalls = new ConcurrentHashMap<>();
    private final List<Meter> gauges = new ArrayList<>();
    private volatile Optional<Store.Totals> totals = Optional.empty();
    private volatile long totalsAt;
    private volatile long cost;
    private volatile long costAt;

    ServerMetrics() {
        Thread.ofPlatform().daemon().name("mosaic-metrics-setup").start(() -> {
            try {
                // One configuration for the registry and the observer: Helidon replaces the global registry when
                // they differ, and meters registered before would vanish. Extended key-performance-indicator meters
                // are off (their camel-case names fail promtool check metrics).
                MetricsConfig config = MetricsConfig.builder()
                        .keyPerformanceIndicatorMetricsConfig(kpi -> kpi.extended(false))
                        .build();
                MeterRegistry ready = Services.get(MetricsFactory.class).globalRegistry(config);
                parseTimeouts(ready); // listed, at 0, from the first scrape
                setup.complete(new Setup(config, ready));
            } catch (Throwable e) {
                setup.completeExceptionally(e);
            }
        });
        this.totalsAt = System.nanoTime() - TOTALS_NANOS - 1;
        this.costAt = totalsAt;
    }

    /** @return the feature that serves {@code /metrics} */
    ObserveFeature feature() {
        return ObserveFeature.builder()
                .observersDiscoverServices(false)
                .addObserver(MetricsObserver.builder()
                        .endpoint("/metrics")
                        .metricsConfig(setup().config())
                        .meterRegistry(setup().registry())
                        .build())
                .build();
    }

    /** @return the registry, waiting for its set-up if it is still under way */
    MeterRegistry registry() {
        return setup().registry();
    }

    private Setup setup() {
        try {
            return setup.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private record Setup(MetricsConfig config, MeterRegistry registry) {
    }

    /** Times every request by method, route template (never the raw path, which clients choose) and status. */
    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            // Any token is a method to HTTP: one a client made up would be a new timer per request.
            String token = request.prologue().method().text();
            String method = METHODS.contains(token) ? token : "other";
            // A route template, or "unrouted": no route took the request (404, or refused before routing).
            String route = request.matchingPattern().filter(pattern -> !pattern.isEmpty()).orElse("unrouted");
            String status = String.valueOf(response.status().code());
            requests.computeIfAbsent(method + " " + route + " " + status, key -> registry().getOrCreate(
                    Timer.builder("mosaic.http.requests")
                            .description("HTTP requests by method, route template and status")
                            .tags(List.of(Tag.create("method", method), Tag.create("route", route),
                                    Tag.create("status", status)))
                            .percentiles(new double[0])
                            .buckets(LATENCY_BUCKETS)))
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** @return the counter of refusals for this reason */
    Counter refusals(Refusals.Reason reason) {
        return registry().getOrCreate(Counter.builder("mosaic.refusals")
                .description("Requests and connections refused, by reason")
                .tags(List.of(Tag.create("reason", reason.name().toLowerCase(java.util.Locale.ROOT)))));
    }

    void parseTimeout() {
        parseTimeouts(registry()).increment();
    }

    private static Counter parseTimeouts(MeterRegistry registry) {
        return registry.getOrCreate(Counter.builder("mosaic.document.parse.timeouts")
                .description("Uploaded documents whose parse ran out of time"));
    }

    void storeOperation(String operation, long nanos) {
        storeOperations.computeIfAbsent(operation, name -> registry().getOrCreate(
                Timer.builder("mosaic.store.operation")
                        .description("Store calls by operation")
                        .tags(List.of(Tag.create("operation", name)))
                        .percentiles(new double[0])
                        .buckets(LATENCY_BUCKETS)))
                .record(Duration.ofNanos(nanos));
    }

    /** @return the model, with its calls counted by outcome ({@code ok} or the failure's code) */
    ChatModel metered(ChatModel model) {
        return new ChatModel() {
            @Override
            public String name() {
                return model.name();
            }

            @Override
            public ChatModel.Response complete(ChatModel.Request request) {
                try {
                    ChatModel.Response response = model.complete(request);
                    modelCall("ok");
                    return response;
                } catch (MosaicException e) {
                    modelCall(e.code().key());
                    throw e;
                } catch (RuntimeException e) {
                    modelCall("error");
                    throw e;
                }
            }
        };
    }

    private void modelCall(String outcome) {
        modelCalls.computeIfAbsent(outcome, key -> registry().getOrCreate(Counter.builder("mosaic.ai.calls")
                .description("Calls to the AI model, by outcome")
                .tags(List.of(Tag.create("outcome", key))))).increment();
    }

    /**
     * Gauges read from this server's parts: sessions and stored bytes (from the store, at most every 30 s), today's
     * AI cost, open connections and free concurrency permits. Removed again by {@link #close}, so that a later server
     * in the same process (tests start many) registers its own.
     */
    void watch(Store store, Clock clock, ConnectionGuard connections, ConcurrencyLimit concurrency) {
        gauge("mosaic.sessions", "Sessions kept, expired ones not yet swept included",
                () -> totals(store).map(Store.Totals::sessions).map(Long::doubleValue).orElse(Double.NaN));
        gauge("mosaic.stored.bytes", "Bytes kept for all sessions: documents, text, resume versions, conversation",
                () -> totals(store).map(Store.Totals::storedBytes).map(Long::doubleValue).orElse(Double.NaN));
        gauge("mosaic.ai.cost.today.dollars", "What AI calls cost since midnight UTC, in US dollars",
                () -> costToday(store, clock) / 1e6);
        gauge("mosaic.connections.open", "Client connections open", connections::open);
        gauge("mosaic.concurrency.available", "Concurrency permits free", concurrency::available);
    }

    private void gauge(String name, String description, DoubleSupplier value) {
        gauges.add(registry().getOrCreate(Gauge.builder(name, () -> {
            try {
                return value.getAsDouble();
            } catch (RuntimeException e) {
                return Double.NaN; // the store is closing or failing: the scrape goes on
            }
        }).description(description)));
    }

    private long costToday(Store store, Clock clock) {
        long now = System.nanoTime();
        if (now - costAt > TOTALS_NANOS) {
            costAt = now;
            cost = store.costSince(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
        }
        return cost;
    }

    private Optional<Store.Totals> totals(Store store) {
        long now = System.nanoTime();
        if (now - totalsAt > TOTALS_NANOS) {
            totalsAt = now;
            totals = store.totals();
        }
        return totals;
    }

    @Override
    public void close() {
        gauges.forEach(registry()::remove);
        gauges.clear();
    }
}
