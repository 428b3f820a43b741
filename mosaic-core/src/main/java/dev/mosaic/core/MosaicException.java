package dev.mosaic.core;

import java.util.Locale;

/**
 * The root of every exception Mosaic throws. Unchecked; each carries a stable, machine-readable {@link #code()}
 * (for example {@link Code#SESSION_NOT_FOUND}, written {@code session_not_found}) that servers can expose as-is, and a
 * human message that says what was wrong and where. Decide on the code, never on the message.
 */
public class MosaicException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    /** The stable error code (part of the serialized form). */
    private final Code code;

    /**
     * Creates an exception with a code and a message.
     *
     * @param code the stable error code
     * @param message what went wrong, for a person
     */
    public MosaicException(Code code, String message) {
        super(message);
        this.code = present(code);
    }

    /**
     * Creates an exception with a code, a message and the failure that caused it.
     *
     * @param code the stable error code
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public MosaicException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = present(code);
    }

    private static Code present(Code code) {
        if (code == null) {
            throw new IllegalArgumentException("code: must not be null");
        }
        return code;
    }

    /** {@return the stable error code} */
    public Code code() {
        return code;
    }

    /**
     * Every error code of Mosaic's SDK modules and its reference server, in one place. Each is written in snake case
     * ({@link #key()}) where a code leaves the process: in an HTTP problem's {@code detail}, a log line, a metric.
     * A new code is a new constant here, so that a server's status mapping (a {@code switch} over this type) cannot
     * miss it.
     */
    public enum Code {
        /** A caller's input breaks a documented rule ({@link InvalidInputException} names the input). */
        VALIDATION_FAILED,
        /** An HTTP body is not a JSON object, or not valid JSON. */
        INVALID_JSON,
        /** An HTTP JSON body is larger than the server accepts. */
        JSON_TOO_LARGE,
        /** An HTTP body could not be read (cut short or malformed framing). */
        INVALID_BODY,
        /** An HTTP body's media type is not the one the route reads. */
        UNSUPPORTED_MEDIA_TYPE,
        /** An upload has no file name. */
        FILENAME_REQUIRED,
        /** An uploaded file is larger than the server accepts. */
        FILE_TOO_LARGE,
        /** An HTTP body is larger than the server accepts. */
        PAYLOAD_TOO_LARGE,
        /** A document is not PDF, DOCX, plain text or Markdown (recognised by content). */
        UNSUPPORTED_FILE_TYPE,
        /** A document could not be read (damaged, encrypted, or it took too long). */
        UNREADABLE_DOCUMENT,
        /** A document or resume holds more text than Mosaic reads. */
        DOCUMENT_TOO_LONG,
        /** Nothing is served at that path. */
        NOT_FOUND,
        /** The path is served, but not with that HTTP method. */
        METHOD_NOT_ALLOWED,
        /** The session is unknown, expired or erased. */
        SESSION_NOT_FOUND,
        /** No posting has that job id. */
        JOB_NOT_FOUND,
        /** The posting is not among the session's matches. */
        JOB_MATCH_NOT_FOUND,
        /** The session has no coaching turn yet. */
        METRICS_NOT_FOUND,
        /** The session holds no fact with that id. */
        FACT_NOT_FOUND,
        /** The session's metrics are not ready yet. */
        METRICS_NOT_READY,
        /** No prompt library version has that SHA-256. */
        LIBRARY_NOT_FOUND,
        /** A session with that id already exists. */
        SESSION_EXISTS,
        /** Other servers kept taking a turn's place in its session; the turn can be sent again. */
        SESSION_BUSY,
        /** Too many requests from one client or session; retry after the time given. */
        RATE_LIMITED,
        /** A session or client has used its storage quota. */
        QUOTA_EXCEEDED,
        /** The server is at its limit of requests in progress; retry shortly. */
        OVERLOADED,
        /** A request's body arrived too slowly. */
        REQUEST_TIMEOUT,
        /** An opportunities file is invalid (the message says where). */
        INVALID_OPPORTUNITIES,
        /** The skills vocabulary is invalid. */
        INVALID_SKILLS,
        /** The guided flow's questions are invalid. */
        INVALID_GUIDED_FLOW,
        /** The crisis resources are invalid. */
        INVALID_CARE_RESOURCES,
        /** The triage rules are invalid. */
        INVALID_TRIAGE_RULES,
        /** A prompt library is invalid (its problems are listed). */
        INVALID_PROMPT_LIBRARY,
        /** The store cannot be used right now. */
        STORE_UNAVAILABLE,
        /** The store or its disk has no room left; reads and erasure still work. */
        STORE_FULL,
        /** The database was migrated by a newer Mosaic. */
        STORE_TOO_NEW,
        /** A schema migration is missing from the jar. */
        STORE_MIGRATION_MISSING,
        /** The store or the {@link Mosaic} was closed. */
        CLOSED,
        /** A model provider answered 429 with room to retry. */
        PROVIDER_RATE_LIMITED,
        /** A model provider's quota or spend is exhausted. */
        PROVIDER_QUOTA_EXHAUSTED,
        /** A model provider is overloaded. */
        PROVIDER_OVERLOADED,
        /** A model provider did not answer in time. */
        PROVIDER_TIMEOUT,
        /** A model provider failed in a way another attempt may not (5xx, reset, empty or unreadable reply). */
        PROVIDER_TRANSIENT,
        /** A model provider refused the key or the permission. */
        PROVIDER_AUTH,
        /** A model provider refused the request as malformed. */
        PROVIDER_BAD_REQUEST,
        /** The conversation is too long for the model. */
        PROVIDER_CONTEXT_TOO_LONG,
        /** Mosaic's own AI budget (per session or per day) is spent. */
        PROVIDER_BUDGET_EXHAUSTED,
        /** A provider failed too often in a row and is skipped for a while. */
        PROVIDER_CIRCUIT_OPEN,
        /** A model's output did not have the asked-for shape. */
        PROVIDER_INVALID_OUTPUT,
        /** A model provider is not available (used by models an application plugs in). */
        PROVIDER_UNAVAILABLE,
        /** An embedder could not load its model or embed a text (Mosaic then ranks lexically). */
        EMBEDDING_FAILED,
        /** The server's storage is full (HTTP 507). */
        INSUFFICIENT_STORAGE,
        /** Something failed that should not have; the server logged it. */
        INTERNAL_ERROR;

        /** {@return the code in snake case, as it is written outside the process: {@code session_not_found}} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }
    }
}
