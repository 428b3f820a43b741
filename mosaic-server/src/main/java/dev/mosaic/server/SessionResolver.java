package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * The one place where a request's session is found. The id comes from the body's {@code session_id} (when the
 * route has a JSON body) or the {@code X-Session-ID} header; the body wins. <em>Create</em> routes make a new session
 * when the id is missing or unknown, never adopting a client-chosen id; <em>required</em> routes answer 404
 * {@code session_not_found}. Every access slides the session's expiry, and the response carries the id back in
 * the {@code X-Session-ID} header.
 */
final class SessionResolver {
    static final HeaderName SESSION_HEADER = HeaderNames.create("X-Session-ID");

    private final Mosaic mosaic;
    private final RateLimiter perSession;
    private final Refusals refusals;
    private final StorageGuard storage;
    private final ClientAddresses clients;

    SessionResolver(Mosaic mosaic, RateLimiter perSession, Refusals refusals, StorageGuard storage,
                    ClientAddresses clients) {
        this.mosaic = mosaic;
        this.clients = clients;
        this.perSession = perSession;
        this.refusals = refusals;
        this.storage = storage;
    }

    Session create(ServerRequest request, ServerResponse response, Optional<JsonNode> body) {
        Session session = requestedId(request, body).flatMap(id -> mosaic.sessions().touch(id)).orElseGet(() -> {
            storage.checkNewSession(clients.of(request)); // a new one, never the client's chosen id
            return mosaic.sessions().create();
        });
        return admitted(session, response);
    }

    Session require(ServerRequest request, ServerResponse response, Optional<JsonNode> body) {
        Session session = requestedId(request, body).flatMap(id -> mosaic.sessions().touch(id))
                .orElseThrow(() -> new NotFoundException("session_not_found", "unknown or expired session"));
        return admitted(session, response);
    }

    /**
     * The session's own rate limit, keyed on the session the request resolved to (the body's id when it has one),
     * never on the raw header: a made-up id costs no bucket.
     */
    private Session admitted(Session session, ServerResponse response) {
        response.header(SESSION_HEADER, session.id().value());
        long wait = perSession.take(session.id().value());
        if (wait > 0) {
            refusals.count(Refusals.Reason.RATE_LIMIT);
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(wait));
            throw new ApiException(Status.TOO_MANY_REQUESTS_429, "rate_limited", "this session is sending too fast");
        }
        return session;
    }

    static Optional<SessionId> requestedId(ServerRequest request, Optional<JsonNode> body) {
        Optional<String> fromBody = body.map(b -> b.get("session_id")).filter(JsonNode::isTextual)
                .map(JsonNode::asText).filter(s -> !s.isBlank());
        Optional<String> raw = fromBody.or(() -> request.headers().first(SESSION_HEADER));
        return raw.flatMap(SessionId::parse);
    }
}
