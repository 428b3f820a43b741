package dev.mosaic.core.prompts;

import dev.mosaic.core.MosaicException;
import java.util.List;
import java.util.stream.Collectors;

/** A prompt library was refused; {@link #problems()} lists every problem with its file, line and column. */
public final class LibraryValidationException extends MosaicException {
    private final transient List<PromptLibrary.Problem> problems;

    /**
     * Refuses a library for the problems found in it.
     *
     * @param source the file or resource name
     * @param problems every problem found (errors and warnings)
     */
    public LibraryValidationException(String source, List<PromptLibrary.Problem> problems) {
        super(Code.INVALID_PROMPT_LIBRARY, summary(source, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Refuses a library that could not be read at all.
     *
     * @param source the file or resource name
     * @param message what is wrong as a whole (unreadable file, no header...)
     * @param cause the underlying failure, if any
     */
    public LibraryValidationException(String source, String message, Throwable cause) {
        super(Code.INVALID_PROMPT_LIBRARY, source + ": " + message, cause);
        this.problems = List.of(new PromptLibrary.Problem(source, 0, 0, PromptLibrary.Problem.Severity.ERROR, message));
    }

    /** {@return every problem found, errors and warnings, in file order} */
    public List<PromptLibrary.Problem> problems() {
        return problems;
    }

    private static String summary(String source, List<PromptLibrary.Problem> problems) {
        List<PromptLibrary.Problem> errors = problems.stream()
                .filter(p -> p.severity() == PromptLibrary.Problem.Severity.ERROR).toList();
        return source + ": " + errors.size() + " error(s); first: "
                + errors.stream().limit(5).map(PromptLibrary.Problem::toString).collect(Collectors.joining("; "));
    }
}
