package dev.mosaic.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Jobs;
import dev.mosaic.core.session.SessionId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The job routes: matching, the matches, the application pipeline and applying. */
final class JobsService implements ApiRoutes.Area {
    private final Mosaic mosaic;
    private final JsonCodec json;
    private final Responses responses;
    private final SessionResolver sessions;
    private final StorageGuard storage;

    JobsService(ApiRoutes.Context context) {
        this.mosaic = context.mosaic();
        this.json = context.json();
        this.responses = context.responses();
        this.sessions = context.sessions();
        this.storage = context.storage();
    }

    @Override
    public List<ApiRoutes.Route> routes() {
        return List.of(
                new ApiRoutes.Route("GET", "/ob/opportunities", this::opportunities),
                new ApiRoutes.Route("GET", "/ob/matches", this::matches),
                new ApiRoutes.Route("GET", "/ob/status", this::status),
                new ApiRoutes.Route("POST", "/ob/apply", this::apply));
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
        Jobs.Pipeline pipeline = mosaic.jobs().status(id);
        List<Map<String, Object>> applied = pipeline.applied().stream().map(job -> {
            Map<String, Object> entry = Views.application(job.latest());
            entry.put("history", Views.all(job.history(), Views::application));
            return entry;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("applied", applied);
        out.put("available", Views.all(pipeline.available(), Views::opportunity));
        responses.ok(response, out);
    }

    private void apply(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        SessionId id = sessions.require(request, response, Optional.of(body));
        String jobId = BodyFields.requiredText(body, "job_id");
        String notes = BodyFields.optionalText(body, "notes").orElse("");
        storage.checkFrequentWrite(id, notes.length());
        Application.Status status = BodyFields.optionalText(body, "status").map(Application.Status::parse)
                .orElse(Application.Status.APPLIED);
        Jobs.Tracked applied = mosaic.jobs().apply(id, jobId, status, notes);
        Application step = applied.latest();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("job", applied.match().map(Views::opportunity).orElse(null));
        out.put("status", step.status().key());
        out.put("notes", step.notes());
        responses.ok(response, out);
    }
}
