package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metric;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.prompts.Prompts;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.resume.RewriteRequest;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The HTTP contract: the earlier product's 15 endpoints (same paths, fields and error codes) and the additions. */
final class ApiRoutes {
    /** The 15 endpoints of the earlier product, as listed by {@code GET /}. */
    static final Map<String, String> INDEX = indexEntries();
    private static final int HISTORY_LIMIT = 25;
    /** Characters a coaching reply is allowed for, when a turn is checked against the storage quota. */
    private static final int REPLY_ALLOWANCE = 4_000;

    private final Mosaic mosaic;
    private final ServerConfig config;
    private final BuildInfo build;
    private final JsonCodec json;
    private final Responses responses;
    private final SessionResolver sessions;
    private final StorageGuard storage;
    private final Runnable parseTimeouts;
    private final Clock clock;

    ApiRoutes(Mosaic mosaic, ServerConfig config, BuildInfo build, JsonCodec json, Responses responses,
              Clock clock, SessionResolver sessions, StorageGuard storage, Runnable parseTimeouts) {
        this.mosaic = mosaic;
        this.config = config;
        this.build = build;
        this.json = json;
        this.responses = responses;
        this.sessions = sessions;
        this.storage = storage;
        this.parseTimeouts = parseTimeouts;
        this.clock = clock;
    }

    /** One route of the API: the table that is registered, listed by {@link #table()} and described by openapi.yaml. */
    record Route(String method, String path, io.helidon.webserver.http.Handler handler) {
    }

    /** @return every route, in registration order */
    List<Route> table() {
        return List.of(
                new Route("GET", "/", this::index),
                new Route("GET", "/health", this::health),
                new Route("GET", "/health/ready", this::ready),
                new Route("GET", "/version", this::version),
                new Route("GET", "/config", this::config),
                new Route("GET", "/openapi.yaml", this::openApi),
                new Route("GET", "/prompts/active", this::activePrompts),
                new Route("POST", "/wimd", this::chat),
                new Route("POST", "/wimd/upload", this::upload),
                new Route("GET", "/wimd/metrics", this::metrics),
                new Route("GET", "/wimd/analysis", this::analysis),
                new Route("GET", "/ob/opportunities", this::opportunities),
                new Route("GET", "/ob/matches", this::matches),
                new Route("GET", "/ob/status", this::status),
                new Route("POST", "/ob/apply", this::apply),
                new Route("POST", "/resume/rewrite", this::rewrite),
                new Route("POST", "/resume/customize", this::customize),
                new Route("POST", "/resume/feedback", this::feedback),
                new Route("GET", "/resume/versions", this::versions),
                new Route("GET", "/session/summary", this::summary),
                new Route("DELETE", "/session", this::erase));
    }

    /** Registers every route of {@link #table()}. */
    void register(HttpRouting.Builder routing) {
        for (Route route : table()) {
            routing.route(io.helidon.http.Method.create(route.method()), route.path(), route.handler());
            if (route.method().equals("GET")) {
                routing.route(io.helidon.http.Method.HEAD, route.path(), (request, response) ->
                        route.handler().handle(request, new HeadResponse(response)));
            }
        }
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

    private void openApi(ServerRequest request, ServerResponse response) {
        try (java.io.InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.yaml")) {
            response.header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/yaml; charset=utf-8");
            response.send(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void index(ServerRequest request, ServerResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Mosaic (What Is My Delta) career-coaching API");
        body.put("endpoints", INDEX);
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
        responses.ok(response, body);
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

    private void chat(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String prompt = requiredText(body, "prompt");
        String context = contextMode(body);
        SessionResolver.InSession<CoachReply> turned = sessions.create(request, response, Optional.of(body), id -> {
            // A turn keeps the message and the reply (at most a few thousand characters).
            storage.checkFrequentWrite(id, prompt.length() + REPLY_ALLOWANCE);
            if (context.equals("guided_exit")) {
                mosaic.coach().leaveGuidedFlow(id);
            }
            return context.equals("guided") ? mosaic.coach().startGuidedFlow(id, prompt)
                    : mosaic.coach().chat(id, prompt);
        });
        SessionId session = turned.session();
        CoachReply reply = turned.value();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", session.value());
        out.put("message", reply.message());
        out.put("metrics", Views.metrics(reply.metrics()));
        out.put("source", reply.source().key());
        out.put("match", reply.match().map(Views::match).orElse(null));
        out.put("signals", Views.all(reply.signals(), Views::signal));
        out.put("next_step", reply.nextStep().orElse(null));
        out.put("care", reply.care().map(Views::care).orElse(null));
        out.put("guided", Map.of("active", reply.guidedQuestion().isPresent(), "question_id",
                reply.guidedQuestion().map(q -> q.id()).orElse("")));
        responses.ok(response, out);
    }

    /**
     * The optional {@code context} of POST /wimd: {@code "guided"} (or {@code {"mode": "guided"}}) starts or resumes
     * the guided flow; {@code "guided_exit"} leaves it first. Anything else is a normal turn.
     */
    private static String contextMode(JsonNode body) {
        JsonNode context = body.get("context");
        if (context == null || context.isNull()) {
            return "";
        }
        JsonNode mode = context.isObject() ? context.get("mode") : context;
        return mode != null && mode.isTextual() ? mode.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
    }

    @SuppressWarnings("try") // the reservation is held for the block, not used in it
    private void upload(ServerRequest request, ServerResponse response) {
        var file = Multipart.file(request, "file", config.maxUploadBytes())
                .orElseThrow(() -> new ApiException(io.helidon.http.Status.BAD_REQUEST_400, "filename_required",
                        "send the document in the multipart field 'file'"));
        var uploaded = sessions.create(request, response, Optional.empty(), id -> {
            try (StorageGuard.Reservation reserved = storage.reserveUpload(id, file.content().length)) {
                return mosaic.resumes().upload(id, file.filename(), file.content());
            } catch (dev.mosaic.core.MosaicException e) {
                if (e.code().equals("unreadable_document") && e.getMessage().contains("took longer than")) {
                    parseTimeouts.run();
                }
                throw e;
            }
        });
        dev.mosaic.core.resume.ReadDocument read = uploaded.value();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("word_count", read.wordCount());
        metrics.put("line_count", read.lineCount());
        metrics.put("sections", read.sections());
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", read.upload().id());
        described.put("filename", read.upload().filename());
        described.put("size", read.upload().size());
        described.put("content_type", read.upload().type().mediaType());
        described.put("metrics", metrics);
        var structure = read.structure();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("email", structure.email().orElse(null));
        parts.put("phone", structure.phone().orElse(null));
        parts.put("experience", structure.experience().stream().map(e -> Map.of("title", e.title(), "employer",
                e.employer(), "dates", e.dates(), "bullets", e.bullets().size())).toList());
        parts.put("education", structure.education());
        parts.put("skills", structure.skills());
        described.put("structure", parts);
        described.put("feedback", Map.of("score", read.feedback().score(), "findings",
                Views.all(read.feedback().suggestions(), Views::suggestion)));
        String text = read.upload().text().strip();
        described.put("text_preview", text.length() > 280 ? text.substring(0, 280) + "..." : text);
        described.put("text", text); // what was read, whole: the web UI puts it in the resume editor
        responses.ok(response, Map.of("session_id", uploaded.session().value(), "file", described));
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        var metrics = mosaic.coach().metrics(id)
                .orElseThrow(() -> new NotFoundException("metrics_not_found", "no coaching turn yet"));
        responses.ok(response, Map.of("session_id", id.value(), "metrics", Views.metrics(metrics)));
    }

    private void analysis(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        List<Coach.Turn> history = mosaic.coach().history(id, HISTORY_LIMIT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("history", Views.all(history, Views::turn));
        out.put("analysis", mosaic.coach().analysis(id, HISTORY_LIMIT).map(ApiRoutes::analysisView).orElse(null));
        responses.ok(response, out);
    }

    private static Map<String, Object> analysisView(Coach.Analysis analysis) {
        Map<String, Object> trend = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            trend.put(metric.key(), analysis.trend().get(metric));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("turns", analysis.turns());
        out.put("trend", trend);
        out.put("strongest", analysis.strongest().key());
        out.put("weakest", analysis.weakest().key());
        out.put("themes", analysis.themes());
        out.put("next_step", analysis.nextStep());
        out.put("commitments", analysis.commitments().stream().map(c -> Map.of("text", c.text(), "done", c.done()))
                .toList());
        return out;
    }

    private void opportunities(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        List<JobMatch> matches = mosaic.jobs().refresh(id);
        responses.ok(response, Map.of("session_id", id.value(), "opportunities",
                Views.all(matches, Views::opportunity)));
    }

    private void matches(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        responses.ok(response, Map.of("session_id", id.value(), "matches",
                Views.all(mosaic.jobs().matches(id), Views::opportunity)));
    }

    private void status(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        Map<String, List<Application>> byJob = new LinkedHashMap<>();
        for (Application step : mosaic.jobs().applications(id)) {
            byJob.computeIfAbsent(step.jobId(), k -> new java.util.ArrayList<>()).add(step);
        }
        Map<String, Application> latest = new LinkedHashMap<>();
        byJob.forEach((job, steps) -> latest.put(job, steps.get(steps.size() - 1)));
        List<Map<String, Object>> applied = byJob.values().stream().map(steps -> {
            Map<String, Object> entry = Views.application(steps.get(steps.size() - 1));
            entry.put("history", Views.all(steps, Views::application));
            return entry;
        }).toList();
        List<Map<String, Object>> available = mosaic.jobs().matches(id).stream()
                .filter(m -> !latest.containsKey(m.opportunity().jobId())).map(Views::opportunity).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("applied", applied);
        out.put("available", available);
        responses.ok(response, out);
    }

    private void apply(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        SessionId id = sessions.require(request, response, Optional.of(body));
        String jobId = requiredText(body, "job_id");
        String notes = optionalText(body, "notes").orElse("");
        storage.checkFrequentWrite(id, notes.length());
        Application.Status status = optionalText(body, "status").map(Application.Status::parse)
                .orElse(Application.Status.APPLIED);
        Application step = mosaic.jobs().apply(id, jobId, status, notes);
        JobMatch job = mosaic.jobs().matches(id).stream().filter(m -> m.opportunity().jobId().equals(jobId))
                .findFirst().orElseThrow(() -> new NotFoundException("job_match_not_found", jobId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("job", Views.opportunity(job));
        out.put("status", step.status().key());
        out.put("notes", step.notes());
        responses.ok(response, out);
    }

    private void rewrite(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        Optional<String> source = optionalText(body, "source_resume");
        Optional<String> jobId = optionalText(body, "job_id");
        Optional<String> name = optionalText(body, "version_name");
        RewriteRequest.Builder rewrite = RewriteRequest.builder();
        source.filter(text -> !text.isBlank()).ifPresent(rewrite::source);
        jobId.filter(text -> !text.isBlank()).ifPresent(rewrite::jobId);
        name.filter(text -> !text.isBlank()).ifPresent(rewrite::versionName);
        var rewritten = sessions.create(request, response, Optional.of(body), id -> {
            storage.checkStored(id, source.map(String::length).orElse(Resumes.MAX_RESUME_LENGTH));
            return mosaic.resumes().rewrite(id, rewrite.build());
        });
        respondWithVersion(response, rewritten.session(), rewritten.value());
    }

    private void customize(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String jobId = requiredText(body, "job_id");
        String resume = requiredText(body, "resume");
        List<String> highlight = new java.util.ArrayList<>();
        JsonNode skills = body.get("highlight_skills");
        if (skills != null && !skills.isNull()) {
            if (!skills.isArray()) {
                throw new InvalidInputException("highlight_skills", "must be a list of strings");
            }
            skills.forEach(skill -> {
                if (!skill.isTextual()) {
                    throw new InvalidInputException("highlight_skills", "must be a list of strings");
                }
                highlight.add(skill.asText());
            });
        }
        SessionId id = sessions.require(request, response, Optional.of(body));
        storage.checkStored(id, resume.length());
        respondWithVersion(response, id, mosaic.resumes().customize(id, jobId, resume, highlight));
    }

    private void respondWithVersion(ServerResponse response, SessionId id,
                                    dev.mosaic.core.resume.RewriteResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("version_id", result.version().id());
        out.put("version_name", result.version().name());
        out.put("resume", result.version().content());
        out.put("source", result.byModel() ? "model" : "offline");
        out.put("matching_skills", result.matchingSkills());
        out.put("gaps", result.gaps());
        responses.ok(response, out);
    }

    private void feedback(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String resume = requiredText(body, "resume");
        SessionId id = sessions.require(request, response, Optional.of(body));
        storage.checkStored(id, resume.length());
        Optional<String> jobId = optionalText(body, "job_id");
        ResumeFeedback feedback = jobId.isPresent() ? mosaic.resumes().feedback(id, resume, jobId.get())
                : mosaic.resumes().feedback(id, resume);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("analysis", Views.feedback(feedback));
        out.put("suggestions", Views.all(feedback.suggestions(), Views::suggestion));
        responses.ok(response, out);
    }

    private void versions(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        responses.ok(response, Map.of("session_id", id.value(), "versions",
                Views.all(mosaic.resumes().versions(id), Views::version)));
    }

    private void summary(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        Session session = mosaic.sessions().require(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("created_at", session.createdAt().toString());
        out.put("expires_at", session.expiresAt().toString());
        out.put("user_data", Views.profile(mosaic.jobs().profile(id)));
        out.put("latest_metrics", mosaic.coach().metrics(id).map(Views::metrics).orElse(null));
        out.put("files", mosaic.store().uploads(id).stream().map(u -> Map.of("id", u.id(), "filename",
                u.filename(), "size", u.size(), "content_type", u.type().mediaType(), "uploaded_at",
                u.createdAt().toString())).toList());
        out.put("resumes", Views.all(mosaic.resumes().versions(id), Views::version));
        out.put("job_matches", Views.all(mosaic.jobs().matches(id), Views::opportunity));
        responses.ok(response, out);
    }

    private void erase(ServerRequest request, ServerResponse response) {
        // Nothing but the deletion is written (no touch, no new session): erasure must work on a full store.
        SessionId id = SessionResolver.requestedId(request, Optional.empty()).filter(mosaic.sessions()::erase)
                .orElseThrow(() -> new NotFoundException("session_not_found", "unknown or expired session"));
        storage.roomFreed();
        response.header(SessionResolver.SESSION_HEADER, id.value());
        responses.ok(response, Map.of("session_id", id.value(), "erased", true));
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        if (node.asText().isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return node.asText();
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return Optional.of(node.asText());
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
