package dev.mosaic.server;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.prompts.Prompts;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator's routes: the index, health and readiness, build identity, client configuration, the OpenAPI document and the active prompt library. */
final class OperationsService implements ApiRoutes.Area {
    private final Mosaic mosaic;
    private final ServerConfig config;
    private final BuildInfo build;
    private final Responses responses;
    private final StorageGuard storage;
    private final Clock clock;

    OperationsService(ApiRoutes.Context context) {
        this.mosaic = context.mosaic();
        this.config = context.config();
        this.build = context.build();
        this.responses = context.responses();
        this.storage = context.storage();
        this.clock = context.clock();
    }

    @Override
    public List<ApiRoutes.Route> routes() {
        return List.of(
                new ApiRoutes.Route("GET", "/", this::index),
                new ApiRoutes.Route("GET", "/health", this::health),
                new ApiRoutes.Route("GET", "/health/ready", this::ready),
                new ApiRoutes.Route("GET", "/version", this::version),
                new ApiRoutes.Route("GET", "/config", this::config),
                new ApiRoutes.Route("GET", "/openapi.yaml", this::openApi),
                new ApiRoutes.Route("GET", "/prompts/active", this::activePrompts));
    }

    private void index(ServerRequest request, ServerResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Mosaic (What Is My Delta) career-coaching API");
        body.put("endpoints", ApiRoutes.INDEX);
        body.put("schemaVersion", config.schemaVersion());
        responses.ok(response, body);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Prompts.Version prompts = mosaic.prompts().active();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.put("timestamp", clock.instant().toString());
        body.putAll(identity());
        body.put("prompts", Map.of("sha", prompts.library().sha256(), "count", prompts.library().size(),
                "version", prompts.number()));
        // The kind only: the file path, or PostgreSQL's host and database, are for the operator's log (issue 16, W9).
        body.put("store", mosaic.store().describe().split(":", 2)[0]);
        body.put("schema_version", mosaic.store().schemaVersion());
        body.put("ai", aiStatus());
        body.put("matcher", matcherStatus());
        responses.ok(response, body);
    }

    /** Which matcher answers: lexical + semantic with the embedding model's name and SHA-256, or lexical alone. */
    private Map<String, Object> matcherStatus() {
        Map<String, Object> out = new LinkedHashMap<>();
        mosaic.prompts().embedder().ifPresentOrElse(embedder -> {
            out.put("kind", "lexical+semantic");
            out.put("embedding", Map.of("name", embedder.name(), "sha256", embedder.identity(),
                    "dimensions", embedder.dimensions()));
        }, () -> {
            out.put("kind", "lexical");
            // "unavailable": asked for, but the model could not load here (the start-up log says why)
            out.put("semantic", config.semantic() ? "unavailable" : "off");
        });
        return out;
    }

    private Map<String, Object> aiStatus() {
        return Map.of("providers", config.ai().configuredProviders(),
                "mode", mosaic.chatModel().isPresent() ? "model" : "offline");
    }

    /** Readiness: the store answers and a prompt library is loaded. AI keys are reported and never fail it. */
    private void ready(ServerRequest request, ServerResponse response) {
        Map<String, Object> store = new LinkedHashMap<>();
        boolean storeOk;
        try {
            mosaic.store().ping();
            storeOk = true;
            store.put("ok", true);
            store.put("kind", mosaic.store().describe().split(":", 2)[0]);
            store.put("schema_version", mosaic.store().schemaVersion());
        } catch (RuntimeException e) {
            storeOk = false;
            store.put("ok", false);
            store.put("detail", "store_unavailable");
        }
        boolean writable = storage.writable();
        store.put("writable", writable); // false: the disk is below its floor or the store is full
        storeOk = storeOk && writable;
        Prompts.Version prompts = mosaic.prompts().active();
        boolean promptsOk = prompts.library().size() > 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", storeOk && promptsOk);
        body.put("timestamp", clock.instant().toString());
        body.put("store", store);
        body.put("prompts", Map.of("ok", promptsOk, "count", prompts.library().size(),
                "sha", prompts.library().sha256()));
        body.put("ai", aiStatus());
        if (storeOk && promptsOk) {
            responses.ok(response, body);
        } else {
            responses.send(response, io.helidon.http.Status.SERVICE_UNAVAILABLE_503, Responses.JSON, body);
        }
    }

    private void version(ServerRequest request, ServerResponse response) {
        responses.ok(response, identity());
    }

    private Map<String, Object> identity() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "mosaic");
        body.put("version", build.version());
        body.put("commit", build.commit());
        body.put("dirty", build.dirty());
        body.put("built_at", build.builtAt());
        body.put("schemaVersion", config.schemaVersion());
        return body;
    }

    private void config(ServerRequest request, ServerResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiBase", config.apiBase());
        body.put("schemaVersion", config.schemaVersion());
        body.put("features", Map.of("ai", mosaic.chatModel().isPresent(), "max_upload_bytes",
                config.maxUploadBytes()));
        // Where to turn, always on show in the web UI: triage can miss what a person does not say in words it knows.
        body.put("care", Map.of("region", config.care().region(), "resources",
                Views.resources(config.care().forKind(dev.mosaic.core.care.Care.Kind.SUICIDE))));
        responses.ok(response, body);
    }

    private void activePrompts(ServerRequest request, ServerResponse response) {
        Prompts.Version active = mosaic.prompts().active();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", active.library().sha256());
        body.put("short_sha", active.library().shortSha());
        body.put("count", active.library().size());
        body.put("version", active.number());
        body.put("source", active.library().source());
        responses.ok(response, body);
    }

    private void openApi(ServerRequest request, ServerResponse response) {
        try (java.io.InputStream in = OperationsService.class.getResourceAsStream("/openapi.yaml")) {
            response.header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/yaml; charset=utf-8");
            response.send(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
