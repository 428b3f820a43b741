package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;

/**
 * A problem found while loading a prompt library, located as {@code file:line:column}. The column is the 1-based
 * number of the CSV field (a field may span several characters, or several lines when quoted).
 *
 * @param file the file or resource name
 * @param line the 1-based line where the row starts
 * @param column the 1-based field number, or 0 when the problem concerns the whole row
 * @param severity error (the library is refused) or warning (logged)
 * @param message what is wrong
 */
public record LibraryProblem(String file, long line, int column, Severity severity, String message) {
    /** How bad a problem is. */
    public enum Severity {
        /** The library is refused. */
        ERROR,
        /** Logged; the library loads. */
        WARNING
    }

    /** Validates. */
    public LibraryProblem {
        Checks.text(file, "file");
        Checks.present(severity, "severity");
        Checks.text(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}
