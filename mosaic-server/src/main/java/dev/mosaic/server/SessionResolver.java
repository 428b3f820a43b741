package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.session.SessionId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where a request's session id is read. The id comes from the body's {@code session_id} (when the
 * route has a JSON body) or the {@code X-Session-ID} header; the body wins. The resolver never looks the session up:
 * the facet the handler calls does, once per call, and answers 404 {@code session_not_found} for an unknown or
 * expired one (which also slides its expiry). <em>Create</em> routes run their work in a new session when the id is
 * missing or unknown, never adopting a client-chosen id. The response carries the id back in {@code X-Session-ID}.
 *
 * <p>The session's rate limit is keyed on the session the request names (the body's id when it has one) and charged
 * before the work; a request whose session turns out not to exist gets its token back: a made-up id costs no bucket.
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

    /** A result and the session it was made in. */
    record InSession<T>(SessionId session, T value) {
    }

    /**
     * {@return the work's result, run in the session the request names, or in a new session when it names none or
     * one the facets do not know}
     */
    <T> InSession<T> create(ServerRequest request, ServerResponse response, Optional<JsonNode> body,
                            Function<SessionId, T> work) {
        Optional<SessionId> requested = requestedId(request, body);
        if (requested.isPresent()) {
            admit(requested.get(), response);
            try {
                return new InSession<>(requested.get(), work.apply(requested.get()));
            } catch (NotFoundException e) {
                if (e.code() != MosaicException.Code.SESSION_NOT_FOUND) {
                    throw e;
                }
                perSession.refund(requested.get().value()); // not a session: it costs no bucket
            }
        }
        storage.checkNewSession(clients.of(request)); // a new one, never the client's chosen id
        SessionId fresh = mosaic.sessions().create().id();
        admit(fresh, response);
        return new InSession<>(fresh, work.apply(fresh));
    }

    /**
     * {@return the id the request names, for a route whose session must exist (the facet it calls checks that)}
     *
     * @throws NotFoundException {@code session_not_found} when the request names no well-formed id
     */
    SessionId require(ServerRequest request, ServerResponse response, Optional<JsonNode> body) {
        SessionId id = requestedId(request, body)
                .orElseThrow(() -> new NotFoundException(MosaicException.Code.SESSION_NOT_FOUND,
                        "unknown or expired session"));
        admit(id, response);
        return id;
    }

    /**
     * Charges the session's rate limit before the work, and names the session in the response. When the facet then
     * finds no such session, the token is given back and the header taken away ({@link #notFound}): a made-up id
     * costs no bucket and is not echoed.
     */
    private void admit(SessionId session, ServerResponse response) {
        response.header(SESSION_HEADER, session.value());
        long wait = perSession.take(session.value());
        if (wait > 0) {
            refusals.count(Refusals.Reason.RATE_LIMIT);
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(wait));
            throw new ApiException(MosaicException.Code.RATE_LIMITED, "this session is sending too fast");
        }
    }

    /** Undoes {@link #admit} for a request whose session the facet did not find. */
    void notFound(ServerResponse response) {
        response.headers().first(SESSION_HEADER).ifPresent(id -> perSession.refund(id));
        response.headers().remove(SESSION_HEADER);
    }

    static Optional<SessionId> requestedId(ServerRequest request, Optional<JsonNode> body) {
        Optional<String> fromBody = body.map(b -> b.get("session_id")).filter(JsonNode::isTextual)
                .map(JsonNode::asText).filter(s -> !s.isBlank());
        Optional<String> raw = fromBody.or(() -> request.headers().first(SESSION_HEADER));
        return raw.flatMap(SessionId::parse);
    }
}
