package dev.mosaic.core;

/** Something the caller asked for does not exist (or no longer exists); the code says what, e.g. {@code session_not_found}. */
public final class NotFoundException extends MosaicException {
    /**
     * Creates the exception.
     *
     * @param code stable error code such as {@code session_not_found}
     * @param message what was not found
     */
    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
