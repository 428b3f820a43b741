package dev.mosaic.core;

import java.util.Objects;

/** A caller passed a value that breaks a documented rule; {@link #field()} names the offending input. */
public final class InvalidInputException extends MosaicException {
    /** The name of the input that was wrong (part of the serialized form). */
    private final String field;
    /** The rule that was broken (part of the serialized form). */
    private final String reason;

    /**
     * Creates the exception; its code is {@code validation_failed}.
     *
     * @param field the name of the input that was wrong (for example {@code prompt})
     * @param message what was wrong with it
     */
    public InvalidInputException(String field, String message) {
        super(Code.VALIDATION_FAILED, field + ": " + message);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(message, "message");
    }

    /** {@return the name of the input that was wrong} */
    public String field() {
        return field;
    }

    /** {@return the rule that was broken, without the field name} */
    public String reason() {
        return reason;
    }
}
