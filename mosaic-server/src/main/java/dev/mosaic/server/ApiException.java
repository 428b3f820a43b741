package dev.mosaic.server;

import io.helidon.http.Status;

/** An HTTP-level failure with a stable error code, answered as problem+json. */
final class ApiException extends RuntimeException {
    private final Status status;
    private final String code;

    ApiException(Status status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    Status status() {
        return status;
    }

    String code() {
        return code;
    }
}
