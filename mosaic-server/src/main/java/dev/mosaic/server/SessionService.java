package dev.mosaic.server;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.session.SessionId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The session routes: what is kept about a session, and erasing it. */
final class SessionService implements ApiRoutes.Area {
    private final Mosaic mosaic;
    private final Responses responses;
    private final SessionResolver sessions;
    private final StorageGuard storage;

    SessionService(ApiRoutes.Context context) {
        this.mosaic = context.mosaic();
        this.responses = context.responses();
        this.sessions = context.sessions();
        this.storage = context.storage();
    }

    @Override
    public List<ApiRoutes.Route> routes() {
        return List.of(
                new ApiRoutes.Route("GET", "/session/summary", this::summary),
                new ApiRoutes.Route("DELETE", "/session", this::erase));
    }

    private void summary(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        Mosaic.Summary summary = mosaic.summary(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("created_at", summary.session().createdAt().toString());
        out.put("expires_at", summary.session().expiresAt().toString());
        out.put("user_data", Views.profile(summary.profile()));
        out.put("latest_metrics", summary.latestMetrics().map(Views::metrics).orElse(null));
        out.put("files", summary.uploads().stream().map(u -> Map.of("id", u.id(), "filename",
                u.filename(), "size", u.size(), "content_type", u.type().mediaType(), "uploaded_at",
                u.createdAt().toString())).toList());
        out.put("resumes", Views.all(summary.resumes(), Views::version));
        out.put("job_matches", Views.all(summary.matches(), Views::opportunity));
        out.put("known", Views.all(mosaic.coach().facts(id), Views::fact));
        responses.ok(response, out);
    }

    private void erase(ServerRequest request, ServerResponse response) {
        // Nothing but the deletion is written (no touch, no new session): erasure must work on a full store.
        SessionId id = SessionResolver.requestedId(request, Optional.empty()).filter(mosaic.sessions()::erase)
                .orElseThrow(() -> new NotFoundException(MosaicException.Code.SESSION_NOT_FOUND, "unknown or expired session"));
        storage.roomFreed();
        response.header(SessionResolver.SESSION_HEADER, id.value());
        responses.ok(response, Map.of("session_id", id.value(), "erased", true));
    }
}
