package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metric;
import dev.mosaic.core.session.SessionId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The coaching routes: a turn of the conversation (and the guided flow), the metrics and the analysis. */
final class CoachService implements ApiRoutes.Area {
    private static final int HISTORY_LIMIT = 25;
    /** Characters a coaching reply is allowed for, when a turn is checked against the storage quota. */
    private static final int REPLY_ALLOWANCE = 4_000;
    private final Mosaic mosaic;
    private final JsonCodec json;
    private final Responses responses;
    private final SessionResolver sessions;
    private final StorageGuard storage;

    CoachService(ApiRoutes.Context context) {
        this.mosaic = context.mosaic();
        this.json = context.json();
        this.responses = context.responses();
        this.sessions = context.sessions();
        this.storage = context.storage();
    }

    @Override
    public List<ApiRoutes.Route> routes() {
        return List.of(
                new ApiRoutes.Route("POST", "/wimd", this::chat),
                new ApiRoutes.Route("GET", "/wimd/metrics", this::metrics),
                new ApiRoutes.Route("GET", "/wimd/analysis", this::analysis),
                new ApiRoutes.Route("GET", "/wimd/facts", this::facts),
                new ApiRoutes.Route("DELETE", "/wimd/facts", this::forgetFact));
    }

    private void chat(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String prompt = BodyFields.requiredText(body, "prompt");
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
        // Present when the coach asks which of two situations is closer; the UI shows each option as a button.
        out.put("clarify", reply.options().isEmpty() ? null : Map.of("options", Views.all(reply.options(),
                option -> Map.of("label", option.label(), "topic", option.topic(), "entry_id", option.entryId()))));
        out.put("guided", Map.of("active", reply.guidedQuestion().isPresent(), "question_id",
                reply.guidedQuestion().map(q -> q.id()).orElse("")));
        // What Mosaic knows after this turn, so that a page can show it without asking again.
        out.put("known", Views.all(reply.known(), Views::fact));
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

    private void metrics(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        var metrics = mosaic.coach().metrics(id)
                .orElseThrow(() -> new NotFoundException(MosaicException.Code.METRICS_NOT_FOUND, "no coaching turn yet"));
        responses.ok(response, Map.of("session_id", id.value(), "metrics", Views.metrics(metrics)));
    }

    private void analysis(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        Optional<Coach.Analysis> analysis = mosaic.coach().analysis(id, HISTORY_LIMIT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("history", Views.all(analysis.map(Coach.Analysis::history).orElse(List.of()), Views::turn));
        out.put("analysis", analysis.map(CoachService::analysisView).orElse(null));
        out.put("known", Views.all(mosaic.coach().facts(id), Views::fact));
        responses.ok(response, out);
    }

    /** What Mosaic noted about the person in this session ("what Mosaic knows about you"). */
    private void facts(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        responses.ok(response, Map.of("session_id", id.value(), "known",
                Views.all(mosaic.coach().facts(id), Views::fact)));
    }

    /** Forgets one fact: {@code DELETE /wimd/facts?id=3-offer-85k}. */
    private void forgetFact(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        String factId = request.query().first("id").map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new dev.mosaic.core.InvalidInputException("id", "is required: the fact's id from "
                        + "GET /wimd/facts, as ?id=..."));
        if (factId.length() > 80) {
            throw new dev.mosaic.core.InvalidInputException("id", "is at most 80 characters");
        }
        if (!mosaic.coach().forgetFact(id, factId)) {
            throw new NotFoundException(MosaicException.Code.FACT_NOT_FOUND, "this session holds no fact " + factId);
        }
        responses.ok(response, Map.of("session_id", id.value(), "forgotten", factId, "known",
                Views.all(mosaic.coach().facts(id), Views::fact)));
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
}
