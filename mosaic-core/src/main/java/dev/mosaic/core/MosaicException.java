package dev.mosaic.core;

import java.util.Objects;

/**
 * The root of every exception Mosaic throws. Unchecked; each carries a stable, machine-readable {@link #code()}
 * (for example {@code session_not_found}) that servers can expose as-is, and a human message that says what was
 * wrong and where.
 */
public class MosaicException extends RuntimeException {
    /** The stable error code (part of the serialized form). */
    private final String code;

    /**
     * Creates an exception with a code and a message.
     *
     * @param code stable snake_case error code
     * @param message what went wrong, for a person
     */
    public MosaicException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a code, a message and the failure that caused it.
     *
     * @param code stable snake_case error code
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public MosaicException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** {@return the stable error code, such as {@code validation_failed}} */
    public String code() {
        return code;
    }
}
