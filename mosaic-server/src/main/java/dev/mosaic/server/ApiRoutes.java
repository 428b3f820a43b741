package dev.mosaic.server;

import dev.mosaic.core.Mosaic;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP contract: the earlier product's 15 endpoints (same paths, fields and error codes) and the additions, as one
 * Helidon service per area ({@link OperationsService}, {@link CoachService}, {@link ResumeService},
 * {@link JobsService}, {@link SessionService}). Handlers parse, call the SDK, and render.
 */
final class ApiRoutes {
    /** The 15 endpoints of the earlier product, as listed by {@code GET /}. */
    static final Map<String, String> INDEX = indexEntries();

    private final List<Area> areas;

    ApiRoutes(Mosaic mosaic, ServerConfig config, BuildInfo build, JsonCodec json, Responses responses,
              Clock clock, SessionResolver sessions, StorageGuard storage, Runnable parseTimeouts) {
        Context context = new Context(mosaic, config, build, json, responses, clock, sessions, storage, parseTimeouts);
        this.areas = List.of(new OperationsService(context), new CoachService(context), new ResumeService(context),
                new JobsService(context), new SessionService(context));
    }

    /** What the handlers of every area are built from. */
    record Context(Mosaic mosaic, ServerConfig config, BuildInfo build, JsonCodec json, Responses responses,
                   Clock clock, SessionResolver sessions, StorageGuard storage, Runnable parseTimeouts) {
    }

    /** One route of the API: the table that is registered, listed by {@link #table()} and described by openapi.yaml. */
    record Route(String method, String path, io.helidon.webserver.http.Handler handler) {
    }

    /** The routes of one area of the API, registered as a Helidon service; a GET route answers HEAD too. */
    interface Area extends HttpService {
        /** @return the area's routes */
        List<Route> routes();

        @Override
        default void routing(HttpRules rules) {
            for (Route route : routes()) {
                rules.route(io.helidon.http.Method.create(route.method()), route.path(), route.handler());
                if (route.method().equals("GET")) {
                    rules.route(io.helidon.http.Method.HEAD, route.path(), (request, response) ->
                            route.handler().handle(request, new HeadResponse(response)));
                }
            }
        }
    }

    /** @return every route, in registration order */
    List<Route> table() {
        return areas.stream().flatMap(area -> area.routes().stream()).toList();
    }

    /** Registers every area's service. */
    void register(HttpRouting.Builder routing) {
        areas.forEach(routing::register);
    }

    /** @return every path that has at least one route, for telling 405 from 404 */
    Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        table().forEach(route -> paths.add(route.path()));
        return paths;
    }

    /** @return the methods a path answers, for a 405's {@code Allow} header (HEAD with GET, OPTIONS always) */
    String allowed(String path) {
        Set<String> methods = new LinkedHashSet<>();
        table().stream().filter(route -> route.path().equals(path)).forEach(route -> {
            methods.add(route.method());
            if (route.method().equals("GET")) {
                methods.add("HEAD");
            }
        });
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private static Map<String, String> indexEntries() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("health", "GET /health");
        endpoints.put("config", "GET /config");
        endpoints.put("prompts", "GET /prompts/active");
        endpoints.put("wimd", "POST /wimd");
        endpoints.put("wimd_upload", "POST /wimd/upload");
        endpoints.put("wimd_metrics", "GET /wimd/metrics");
        endpoints.put("wimd_analysis", "GET /wimd/analysis");
        endpoints.put("ob_opportunities", "GET /ob/opportunities");
        endpoints.put("ob_matches", "GET /ob/matches");
        endpoints.put("ob_status", "GET /ob/status");
        endpoints.put("ob_apply", "POST /ob/apply");
        endpoints.put("resume_rewrite", "POST /resume/rewrite");
        endpoints.put("resume_customize", "POST /resume/customize");
        endpoints.put("resume_feedback", "POST /resume/feedback");
        endpoints.put("resume_versions", "GET /resume/versions");
        return java.util.Collections.unmodifiableMap(endpoints);
    }
}
