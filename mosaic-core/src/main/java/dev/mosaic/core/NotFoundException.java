package dev.mosaic.core;

/** Something the caller asked for does not exist (or no longer exists); the code says what, e.g. {@code session_not_found}. */
public final class NotFoundException extends MosaicException {
    /**
     * Creates the exception.
     *
     * @param code what was not found, such as {@link MosaicException.Code#SESSION_NOT_FOUND}
     * @param message what was not found
     */
    public NotFoundException(MosaicException.Code code, String message) {
        super(code, message);
    }
}
