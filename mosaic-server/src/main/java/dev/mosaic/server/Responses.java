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

    /** Error codes that the core raises, and the status each maps to. */
    private static final Map<String, Status> STATUS_BY_CODE = Map.of(
            "unsupported_file_type", Status.UNSUPPORTED_MEDIA_TYPE_415,
            "file_too_large", Status.REQUEST_ENTITY_TOO_LARGE_413,
            "unreadable_document", Status.UNPROCESSABLE_CONTENT_422,
            "document_too_long", Status.UNPROCESSABLE_CONTENT_422,
            "filename_required", Status.BAD_REQUEST_400,
            "closed", Status.SERVICE_UNAVAILABLE_503);

    /** Set while the thread answers a HEAD request ({@link #handle}). */
    private static final ThreadLocal<Boolean> ANSWERING_HEAD = new ThreadLocal<>();

    /** The SDK names the Java parameter that was wrong; a client of the HTTP contract knows its JSON field. */
    private static final Map<String, String> HTTP_FIELDS = Map.of("message", "prompt", "jobId", "job_id",
            "versionName", "version_name", "highlightSkills", "highlight_skills", "source", "source_resume");
    private final JsonCodec json;
    private volatile Runnable onStoreFull = () -> { };

    Responses(JsonCodec json) {
        this.json = json;
    }

    /** Who to tell when the store reports itself full ({@link StorageGuard#storeFull}). */
    void onStoreFull(Runnable listener) {
        this.onStoreFull = listener;
    }

    void ok(ServerResponse response, Object body) {
        send(response, Status.OK_200, JSON, body);
    }

    void problem(ServerResponse response, Status status, String code) {
        problem(response, status, code, Map.of());
    }

    void problem(ServerResponse response, Status status, String code, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.reasonPhrase());
        body.put("status", status.code());
        body.put("detail", code);
        body.putAll(extra);
        send(response, status, PROBLEM_JSON, body);
    }

    /** Maps any failure to a problem response; unexpected ones are logged with their stack and answered 500. */
    void failure(ServerRequest request, ServerResponse response, Throwable failure) {
        if (response.isSent()) {
            LOG.log(Level.WARNING, "failure after the response was sent: " + describe(request), failure);
            return;
        }
        if (failure instanceof ApiException api) {
            problem(response, api.status(), api.code());
        } else if (failure instanceof InvalidInputException invalid) {
            problem(response, Status.UNPROCESSABLE_CONTENT_422, "validation_failed", Map.of("errors",
                    List.of(Map.of("field", HTTP_FIELDS.getOrDefault(invalid.field(), invalid.field()), "message",
                            invalid.reason()))));
        } else if (failure instanceof NotFoundException notFound) {
            problem(response, Status.NOT_FOUND_404, notFound.code());
        } else if (failure instanceof MosaicException mosaic && mosaic.code().equals("store_full")) {
            // The database or its disk has no room: the client cannot fix it, erasure still works. One line.
            LOG.log(Level.WARNING, "store full serving " + describe(request) + ": " + mosaic.getMessage());
            onStoreFull.run();
            response.header(HeaderNames.RETRY_AFTER, "60");
            problem(response, Status.create(507, "Insufficient Storage"), "insufficient_storage");
        } else if (failure instanceof MosaicException mosaic && STATUS_BY_CODE.containsKey(mosaic.code())) {
            problem(response, STATUS_BY_CODE.get(mosaic.code()), mosaic.code());
        } else {
            LOG.log(Level.ERROR, "unexpected failure serving " + describe(request), failure);
            problem(response, Status.INTERNAL_SERVER_ERROR_500, "internal_error");
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
