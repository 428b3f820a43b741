package dev.mosaic.server;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON and RFC 9457 problem responses. A problem's {@code detail} is the stable error code (the earlier
 * product's clients read it); nothing internal (stack traces, SQL, keys) ever reaches a body.
 */
final class Responses {
    private static final System.Logger LOG = System.getLogger(Responses.class.getName());
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The HTTP status of every error code, in one place: a new code does not compile until it has one here. A code
     * that is 500 is a failure the client cannot act on (a store that does not answer, a bad data file; the
     * providers', whose failures the coach answers from the library, never get here): it is logged with its stack and
     * answered {@code internal_error}.
     */
    static Status status(MosaicException.Code code) {
        return switch (code) {
            case VALIDATION_FAILED, UNREADABLE_DOCUMENT, DOCUMENT_TOO_LONG -> Status.UNPROCESSABLE_CONTENT_422;
            case INVALID_JSON, INVALID_BODY, FILENAME_REQUIRED -> Status.BAD_REQUEST_400;
            case JSON_TOO_LARGE, FILE_TOO_LARGE, PAYLOAD_TOO_LARGE, QUOTA_EXCEEDED -> Status.REQUEST_ENTITY_TOO_LARGE_413;
            case UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_FILE_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE_415;
            case METHOD_NOT_ALLOWED -> Status.METHOD_NOT_ALLOWED_405;
            case NOT_FOUND, SESSION_NOT_FOUND, JOB_NOT_FOUND, JOB_MATCH_NOT_FOUND, METRICS_NOT_FOUND, METRICS_NOT_READY,
                 FACT_NOT_FOUND,
                 LIBRARY_NOT_FOUND -> Status.NOT_FOUND_404;
            case SESSION_EXISTS, SESSION_BUSY -> Status.CONFLICT_409;
            case RATE_LIMITED -> Status.TOO_MANY_REQUESTS_429;
            case REQUEST_TIMEOUT -> Status.REQUEST_TIMEOUT_408;
            case OVERLOADED, CLOSED -> Status.SERVICE_UNAVAILABLE_503;
            case STORE_FULL, INSUFFICIENT_STORAGE -> INSUFFICIENT_STORAGE;
            case INVALID_OPPORTUNITIES, INVALID_SKILLS, INVALID_GUIDED_FLOW, INVALID_CARE_RESOURCES, INVALID_TRIAGE_RULES,
                 INVALID_PROMPT_LIBRARY, STORE_TOO_NEW, STORE_MIGRATION_MISSING, PROVIDER_RATE_LIMITED,
                 PROVIDER_QUOTA_EXHAUSTED, PROVIDER_OVERLOADED, PROVIDER_TIMEOUT, PROVIDER_TRANSIENT, PROVIDER_AUTH,
                 PROVIDER_BAD_REQUEST, PROVIDER_CONTEXT_TOO_LONG, PROVIDER_BUDGET_EXHAUSTED, PROVIDER_CIRCUIT_OPEN,
                 PROVIDER_INVALID_OUTPUT, PROVIDER_UNAVAILABLE, EMBEDDING_FAILED, STORE_UNAVAILABLE, INTERNAL_ERROR ->
                    Status.INTERNAL_SERVER_ERROR_500;
        };
    }

    private static final Status INSUFFICIENT_STORAGE = Status.create(507, "Insufficient Storage");

    /** Set while the thread answers a HEAD request ({@link #handle}). */
    private static final ThreadLocal<Boolean> ANSWERING_HEAD = new ThreadLocal<>();

    /** The SDK names the Java parameter that was wrong; a client of the HTTP contract knows its JSON field. */
    private static final Map<String, String> HTTP_FIELDS = Map.of("message", "prompt", "jobId", "job_id",
            "versionName", "version_name", "highlightSkills", "highlight_skills", "source", "source_resume");
    private final JsonCodec json;
    private volatile Runnable onStoreFull = () -> { };
    private volatile java.util.function.Consumer<ServerResponse> onSessionNotFound = response -> { };

    Responses(JsonCodec json) {
        this.json = json;
    }

    /** Who to tell when a facet finds no session for a request ({@link SessionResolver#notFound}). */
    void onSessionNotFound(java.util.function.Consumer<ServerResponse> listener) {
        this.onSessionNotFound = listener;
    }

    /** Who to tell when the store reports itself full ({@link StorageGuard#storeFull}). */
    void onStoreFull(Runnable listener) {
        this.onStoreFull = listener;
    }

    void ok(ServerResponse response, Object body) {
        send(response, Status.OK_200, JSON, body);
    }

    void problem(ServerResponse response, MosaicException.Code code) {
        problem(response, code, Map.of());
    }

    void problem(ServerResponse response, MosaicException.Code code, Map<String, Object> extra) {
        Status status = status(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.reasonPhrase());
        body.put("status", status.code());
        body.put("detail", code.key());
        body.putAll(extra);
        send(response, status, PROBLEM_JSON, body);
    }

    /** Maps any failure to a problem response; unexpected ones are logged with their stack and answered 500. */
    void failure(ServerRequest request, ServerResponse response, Throwable failure) {
        if (response.isSent()) {
            LOG.log(Level.WARNING, "failure after the response was sent: " + describe(request), failure);
            return;
        }
        if (failure instanceof NotFoundException missing && missing.code() == MosaicException.Code.SESSION_NOT_FOUND) {
            onSessionNotFound.accept(response); // no echo of an id that names no session, and no bucket for it
        }
        if (failure instanceof ApiException api) {
            problem(response, api.code());
        } else if (failure instanceof InvalidInputException invalid) {
            problem(response, MosaicException.Code.VALIDATION_FAILED, Map.of("errors",
                    List.of(Map.of("field", HTTP_FIELDS.getOrDefault(invalid.field(), invalid.field()), "message",
                            invalid.reason()))));
        } else if (failure instanceof MosaicException mosaic && mosaic.code() == MosaicException.Code.STORE_FULL) {
            // The database or its disk has no room: the client cannot fix it, erasure still works. One line.
            LOG.log(Level.WARNING, "store full serving " + describe(request) + ": " + mosaic.getMessage());
            onStoreFull.run();
            response.header(HeaderNames.RETRY_AFTER, "60");
            problem(response, MosaicException.Code.INSUFFICIENT_STORAGE);
        } else if (failure instanceof MosaicException mosaic
                && status(mosaic.code()) != Status.INTERNAL_SERVER_ERROR_500) {
            problem(response, mosaic.code());
        } else {
            LOG.log(Level.ERROR, "unexpected failure serving " + describe(request), failure);
            problem(response, MosaicException.Code.INTERNAL_ERROR);
        }
    }

    void send(ServerResponse response, Status status, String contentType, Object body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, contentType + "; charset=utf-8");
        byte[] bytes = json.write(body);
        if (ANSWERING_HEAD.get() != null) {
            // A HEAD answer has the headers of the GET answer and no body, refusals and errors included: a body
            // here would be read by a kept-alive client as the start of its next response (issue 16, W15).
            response.contentLength(bytes.length);
            response.send();
        } else {
            response.send(bytes);
        }
    }

    /**
     * Runs the rest of a request's handling knowing whether it is a HEAD request. A request is handled on one thread,
     * from its first filter to its answer, so the flag is a thread-local set around that.
     */
    static void handle(boolean head, Runnable rest) {
        if (!head) {
            rest.run();
            return;
        }
        ANSWERING_HEAD.set(Boolean.TRUE);
        try {
            rest.run();
        } finally {
            ANSWERING_HEAD.remove();
        }
    }

    private static String describe(ServerRequest request) {
        return request.prologue().method().text() + " " + LogText.client(request.path().path());
    }
}
