package dev.mosaic.server;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.spi.OpportunitySource;
import dev.mosaic.core.spi.Store;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference server: builds {@link Mosaic} from a {@link ServerConfig}, then serves the HTTP API on Helidon SE.
 * Start-up is all or nothing: any failure (library, store, port) throws a {@link StartupException} with one clear
 * line, and no half-started server is left listening.
 */
final class MosaicServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MosaicServer.class.getName());

    private final WebServer server;
    private final Mosaic mosaic;
    private final RetentionSweeper sweeper;
    private final ApiRoutes routes;
    private final Defences defences;

    /** The parts that limit what one client may cost, kept for metrics and tests. */
    record Defences(RateLimiter perAddress, RateLimiter perSession, Refusals refusals, ConnectionGuard connections,
                    ServerMetrics metrics) {
    }

    private MosaicServer(WebServer server, Mosaic mosaic, RetentionSweeper sweeper, ApiRoutes routes,
                         Defences defences) {
        this.server = server;
        this.mosaic = mosaic;
        this.sweeper = sweeper;
        this.routes = routes;
        this.defences = defences;
    }

    /**
     * @param config the validated configuration
     * @param clock the clock (tests pass a fixed or moving one)
     * @return the running server
     * @throws StartupException when anything needed to serve cannot be set up
     */
    static MosaicServer start(ServerConfig config, Clock clock) {
        checkPortFree(config);
        ServerMetrics metrics = new ServerMetrics();
        Mosaic mosaic = buildMosaic(config, clock, metrics);
        RetentionSweeper sweeper = RetentionSweeper.start(mosaic, config.retentionSweep());
        BuildInfo build = BuildInfo.load();
        JsonCodec json = new JsonCodec(config.maxBodyBytes());
        Responses responses = new Responses(json);
        Limits limits = config.limits();
        BodyLimits bodyLimits = BodyLimits.of(config.maxBodyBytes(), config.maxUploadBytes());
        Refusals refusals = new Refusals(metrics);
        Http1Config http1 = Http1Config.builder()
                .maxHeadersSize(16 * 1024)
                .maxPrologueLength(8 * 1024)
                .build();
        ConnectionGuard guard = new ConnectionGuard(new Http1ConnectionProvider().create(
                WebServer.DEFAULT_SOCKET_NAME, http1, ProtocolConfigs.create(List.of(http1))),
                limits.connectionsPerAddress(), limits.headTimeout(), limits.idleTimeout(), limits.clients(), System::nanoTime,
                refusals);
        Defences defences = new Defences(new RateLimiter(limits.ratePerAddress(), System::nanoTime),
                new RateLimiter(limits.ratePerSession(), System::nanoTime), refusals, guard, metrics);
        StorageGuard storage = new StorageGuard(config.quotas(), config.store().postgresUrl().isPresent()
                ? Optional.empty() : Optional.of(config.store().sqlitePath().toAbsolutePath().getParent()),
                mosaic.store(), limits.clients(), System::nanoTime, responses, refusals);
        responses.onStoreFull(storage::storeFull);
        SessionResolver sessions = new SessionResolver(mosaic, defences.perSession(), refusals, storage,
                limits.clients());
        responses.onSessionNotFound(sessions::notFound);
        ApiRoutes routes = new ApiRoutes(mosaic, config, build, json, responses, clock, sessions, storage,
                metrics::parseTimeout);
        Set<String> knownPaths = routes.paths();
        ConcurrencyLimit concurrency = new ConcurrencyLimit(limits.maxConcurrent(), responses, refusals);
        metrics.watch(mosaic.store(), clock, guard, concurrency);
        WebServer server = WebServer.builder()
                .host(config.host())
                .port(config.port())
                // A backstop, answered by Helidon with a bare 413 and kept close to the routes' own limits: it also
                // bounds what Helidon reads and discards from a body that a route answered without reading.
                .maxPayloadSize(BodySizeLimit.backstop(bodyLimits))
                .shutdownGracePeriod(Duration.ofSeconds(10))
                // Slow or idle clients and header bombs cost a bounded amount (RELIABILITY B6).
                // Deadlines and per-address connection limits are the guard's (Helidon's read timeout does not reach
                // its non-blocking sockets); its own idle check stays as a slow backstop.
                .idleConnectionTimeout(limits.idleTimeout().plus(limits.idleTimeout()))
                .maxTcpConnections(limits.maxConnections())
                .protocolsDiscoverServices(false)
                .addConnectionSelector(guard)
                .shutdownHook(true)
                .addFeature(metrics.feature())
                .addFeature(new LastRoute(knownPaths, routes, responses))
                .routing((HttpRouting.Builder routing) -> {
                    routing.addFilter(guard);
                    routing.addFilter(metrics);
                    routing.addFilter(new EdgeFilter(config.allowedOrigins()));
                    routing.addFilter(new BodySizeLimit(bodyLimits, responses, refusals));
                    routing.addFilter(new RequestLimits(defences.perAddress(), new RateLimiter(
                            limits.bodyBytesPerAddressPerMinute(), System::nanoTime), bodyLimits,
                            limits.inFlightPerAddress(), limits.clients(), responses, refusals));
                    routing.addFilter(storage);
                    routing.addFilter(new BodyReader(bodyLimits, limits.minBodyBytesPerSecond(),
                            limits.bodyGrace().toNanos(), limits.bodyBytesInFlight(), limits.clients(),
                            System::nanoTime, responses, refusals, guard));
                    routing.addFilter(concurrency);
                    WebUi ui = new WebUi();
                    ui.register(routing);
                    // GET / is the API index for JSON clients; a browser asking for a page gets the web UI.
                    routing.get("/", (request, response) -> {
                        if (WebUi.wantsPage(request)) {
                            ui.sendPage(response);
                        } else {
                            response.next();
                        }
                    });
                    routes.register(routing);
                    routing.error(Throwable.class, responses::failure);
                })
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            guard.close();
            metrics.close();
            sweeper.close();
            mosaic.store().close();
            throw new StartupException(portProblem(config, e), e);
        }
        if (!server.isRunning()) {
            // Helidon logs the cause and returns a stopped server rather than throwing.
            guard.close();
            metrics.close();
            sweeper.close();
            mosaic.store().close();
            throw new StartupException("cannot listen on " + config.host() + ":" + config.port()
                    + "; see the log lines above for the cause");
        }
        LOG.log(Level.INFO, "Mosaic " + build.version() + " (" + build.commit() + ") listening on " + config.host()
                + ":" + server.port() + "; store " + mosaic.store().describe() + " "
                + "(schema " + mosaic.store().schemaVersion() + "); prompts "
                + mosaic.prompts().active().library().size() + " rows, sha "
                + mosaic.prompts().active().library().shortSha() + "; AI "
                + mosaic.chatModel().map(m -> "on: " + m.name()).orElse("off (offline coaching)") + "; matching "
                + mosaic.prompts().embedder().map(e -> "lexical + semantic (" + e + ")").orElse("lexical"));
        return new MosaicServer(server, mosaic, sweeper, routes, defences);
    }

    static Mosaic buildMosaic(ServerConfig config, Clock clock, ServerMetrics metrics) {
        PromptLibrary library;
        try {
            library = config.promptsPath().map(PromptLibrary::load).orElseGet(PromptLibrary::bundled);
        } catch (MosaicException e) {
            throw new StartupException("MOSAIC_PROMPTS_PATH: the prompt library is invalid: " + e.getMessage(), e);
        }
        Store store;
        try {
            store = new TimedStore(config.store().open(), metrics);
        } catch (MosaicException e) {
            String variable = config.store().postgresUrl().isPresent() ? "DATABASE_URL" : "DATABASE_PATH";
            throw new StartupException(variable + ": " + e.getMessage(), e);
        }
        try {
            Mosaic.Builder builder = Mosaic.builder()
                    .store(store)
                    .prompts(library)
                    .clock(clock)
                    .sessionTtl(config.sessionTtl())
                    .care(config.care());
            if (config.semantic()) {
                SemanticModel.shared().ifPresent(model -> builder.embedder(model)
                        .vectorCache(config.dataRoot().resolve("vectors")));
            }
            config.ai().chain(store, clock).map(metrics::metered).ifPresent(builder::ai);
            config.opportunitiesPath().ifPresent(path -> builder.opportunities(
                    config.opportunitiesFormat().equals("greenhouse") ? OpportunitySource.greenhouseFile(path)
                            : OpportunitySource.jsonFile(path)));
            return builder.build();
        } catch (MosaicException e) {
            store.close();
            String variable = config.opportunitiesPath().isPresent()
                    && (e.code() == MosaicException.Code.INVALID_OPPORTUNITIES
                    || e.code() == MosaicException.Code.INVALID_JSON) ? "MOSAIC_OPPORTUNITIES_PATH: " : "";
            throw new StartupException(variable + "cannot set up Mosaic: " + e.getMessage(), e);
        }
    }

    /**
     * Binds the port once before anything else starts, so that a taken port gives one clear line instead of a
     * web server's stack trace. (Another process can still take it in between; start() reports that case too.)
     */
    private static void checkPortFree(ServerConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException e) {
            throw new StartupException(portProblem(config, e), e);
        }
    }

    private static String portProblem(ServerConfig config, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "PORT: cannot listen on " + config.host() + ":" + config.port()
                        + " (" + cause.getMessage() + "); is another server using it?";
            }
            if (cause instanceof UncheckedIOException || cause instanceof IOException) {
                return "cannot listen on " + config.host() + ":" + config.port() + ": " + cause.getMessage();
            }
        }
        return "cannot start the web server on " + config.host() + ":" + config.port() + ": " + failure;
    }

    /** @return the port actually bound (useful when the configuration asked for 0) */
    int port() {
        return server.port();
    }

    Mosaic mosaic() {
        return mosaic;
    }

    ApiRoutes routes() {
        return routes;
    }

    Defences defences() {
        return defences;
    }

    /** Stops accepting, lets requests in flight finish (up to the grace period), then closes the store. */
    @Override
    public void close() {
        server.stop();
        defences.connections().close();
        defences.metrics().close();
        sweeper.close();
        mosaic.store().close();
    }
}
