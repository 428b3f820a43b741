package dev.mosaic.core.internal;

import dev.mosaic.core.InvalidInputException;

import java.util.List;
import java.util.Objects;

/** Internal (not exported). Argument checks shared by the SDK's records; they throw {@link InvalidInputException} naming the field. */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param field its name, for the error message
     * @param <T> its type
     * @return the value
     */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /**
     * Requires a string that is not blank.
     *
     * @param value the value
     * @param field its name, for the error message
     * @return the value
     */
    public static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return value;
    }

    /**
     * Requires a string that is not blank and at most {@code max} characters long.
     *
     * @param value the value
     * @param field its name, for the error message
     * @param max the longest allowed, in characters
     * @return the value
     */
    public static String boundedText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * Requires a number in a closed range.
     *
     * @param value the value
     * @param min the smallest allowed
     * @param max the largest allowed
     * @param field its name, for the error message
     * @return the value
     */
    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * An immutable copy of a list without null elements.
     *
     * @param list the list
     * @param field its name, for the error message
     * @param <T> element type
     * @return the copy
     */
    public static <T> List<T> list(List<T> list, String field) {
        present(list, field);
        for (T element : list) {
            if (element == null) {
                throw new InvalidInputException(field, "must not contain null elements");
            }
        }
        return List.copyOf(list);
    }

    /**
     * Requires that a value is not null, for internal wiring where a null is a programming error.
     *
     * @param value the value
     * @param name its name
     * @param <T> its type
     * @return the value
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
