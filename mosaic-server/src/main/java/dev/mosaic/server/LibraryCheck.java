package dev.mosaic.server;

import dev.mosaic.core.prompts.PromptLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar mosaic-server.jar check-prompts FILE}: validates a prompt-library CSV the way the server would load
 * it, prints every problem as {@code file:line:column: severity: message}, then the row count, the count per tag and
 * the short hash. Exit status 0 when the library would load, 1 when it has errors, 2 when the file cannot be read.
 */
final class LibraryCheck {
    private LibraryCheck() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: java -jar mosaic-server.jar check-prompts FILE.csv");
            return 2;
        }
        Path file = Path.of(args.get(0));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 2;
        }
        List<PromptLibrary.Problem> problems = PromptLibrary.validate(file.toString(), bytes);
        problems.forEach(out::println);
        long errors = problems.stream().filter(p -> p.severity() == PromptLibrary.Problem.Severity.ERROR).count();
        if (errors > 0) {
            out.printf(Locale.ROOT, "%s: INVALID: %d error(s), %d warning(s)%n", file, errors, problems.size() - errors);
            return 1;
        }
        PromptLibrary library = PromptLibrary.parse(file.toString(), bytes);
        out.printf(Locale.ROOT, "%s: OK: %d rows, sha256 %s, %d warning(s)%n", file, library.size(),
                library.shortSha(), problems.size());
        library.tagCounts().forEach((tag, count) -> out.printf(Locale.ROOT, "  %-28s %4d%n", tag, count));
        return 0;
    }
}
