package dev.mosaic.server;

import dev.mosaic.core.MosaicException;

/** An HTTP-level failure with a stable error code, answered as problem+json with the code's status ({@link Responses#status}). */
final class ApiException extends RuntimeException {
    private final MosaicException.Code code;

    ApiException(MosaicException.Code code, String message) {
        super(message);
        this.code = code;
    }

    MosaicException.Code code() {
        return code;
    }
}
