package dev.mosaic.core.prompts;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.internal.prompts.PromptMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated prompt library: rows of what people say, what a good coach answers and a category.
 * Identified by the SHA-256 of its bytes. Thread-safe; its {@link #matcher() matcher} is built once, on first use.
 */
public final class PromptLibrary {
    /** The 15 categories, exactly as spelled in the CSV {@code tag} column. */
    public static final List<String> TAGS = List.of(
            "Experimentation & Testing", "Motivation", "Skills & Learning", "Career Search", "Focus & Productivity",
            "Networking & Relationships", "Reflection & Journaling", "General", "Habits & Routines",
            "Decision-Making", "Time Management", "Creativity & Exploration", "Wellbeing & Stress",
            "Confidence & Mindset", "Financial & Negotiation");

    static final String BUNDLED_RESOURCE = "bundled/prompts.csv";
    private static final System.Logger LOG = System.getLogger(PromptLibrary.class.getName());

    private final String source;
    private final List<PromptEntry> entries;
    private final String sha256;
    private final List<PromptLibrary.Problem> warnings;
    private final Map<String, PromptEntry> byId;
    private volatile PromptMatcher matcher;

    PromptLibrary(String source, List<PromptEntry> entries, String sha256, List<PromptLibrary.Problem> warnings) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.sha256 = sha256;
        this.warnings = List.copyOf(warnings);
        Map<String, PromptEntry> ids = new LinkedHashMap<>();
        for (PromptEntry entry : this.entries) {
            ids.put(entry.id(), entry);
        }
        this.byId = Map.copyOf(ids);
    }

    /**
     * The library bundled in this jar (built from the repository's {@code prompts/prompts.csv}).
     *
     * @return the bundled library
     * @throws LibraryValidationException if the bundled data does not validate (a build defect)
     */
    public static PromptLibrary bundled() {
        try (InputStream in = PromptLibrary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new LibraryValidationException("prompts.csv", "the bundled library is missing from the jar",
                        null);
            }
            return parse("prompts.csv", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled prompt library", e);
        }
    }

    /**
     * Loads and validates a CSV file (ours, or the earlier product's {@code prompt,completion,tag} format).
     *
     * @param path the file
     * @return the library
     * @throws LibraryValidationException listing every problem when the file has errors or cannot be read
     */
    public static PromptLibrary load(Path path) {
        Checks.present(path, "path");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LibraryValidationException(path.toString(), "cannot read the file: " + e.getMessage(), e);
        }
        return parse(path.toString(), bytes);
    }

    /**
     * Parses and validates CSV bytes.
     *
     * @param source a name for messages (file name or resource)
     * @param csv the CSV bytes, UTF-8 (a BOM and CRLF are tolerated)
     * @return the library
     * @throws LibraryValidationException listing every problem when there are errors
     */
    public static PromptLibrary parse(String source, byte[] csv) {
        CsvLibraryReader.Result result = CsvLibraryReader.read(source, csv);
        if (result.hasErrors()) {
            throw new LibraryValidationException(source, result.problems());
        }
        for (PromptLibrary.Problem warning : result.problems()) {
            LOG.log(System.Logger.Level.WARNING, warning.toString());
        }
        return new PromptLibrary(source, result.entries(), sha256(csv), result.problems());
    }

    /**
     * Checks CSV bytes without throwing: every error and warning, in file order.
     *
     * @param source a name for messages
     * @param csv the CSV bytes
     * @return the problems; empty when the library is clean
     */
    public static List<PromptLibrary.Problem> validate(String source, byte[] csv) {
        return CsvLibraryReader.read(source, csv).problems();
    }

    /** {@return the file or resource this library came from} */
    public String source() {
        return source;
    }

    /** {@return the rows, in file order} */
    public List<PromptEntry> entries() {
        return entries;
    }

    /** {@return the number of rows} */
    public int size() {
        return entries.size();
    }

    /** {@return the lowercase hex SHA-256 of the CSV bytes: the library's identity} */
    public String sha256() {
        return sha256;
    }

    /** {@return the first 12 hex characters of {@link #sha256()}} */
    public String shortSha() {
        return sha256.substring(0, 12);
    }

    /** {@return warnings found while loading (the library loaded despite them)} */
    public List<PromptLibrary.Problem> warnings() {
        return warnings;
    }

    /**
     * {@return the entry, if present}
     *
     * @param id an entry id
     */
    public Optional<PromptEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** {@return row count per tag, in {@link #TAGS} order, tags without rows included with 0} */
    public Map<String, Integer> tagCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TAGS.forEach(tag -> counts.put(tag, 0));
        entries.forEach(entry -> counts.merge(entry.tag(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * {@return the entries that fit the message best (up to 5), or why none does}
     *
     * @param message what the person said
     */
    public MatchResult match(String message) {
        return matcher().match(Checks.present(message, "message"));
    }

    /**
     * {@return the entries that fit the message best, or why none does}
     *
     * @param message what the person said
     * @param limit the most entries to rank, at least 1
     */
    public MatchResult match(String message, int limit) {
        Checks.range(limit, 1, Integer.MAX_VALUE, "limit");
        return matcher().match(Checks.present(message, "message"), limit);
    }

    /** The index over this library, built on first use and kept; package-private because its type is internal. */
    PromptMatcher matcher() {
        PromptMatcher built = matcher;
        if (built == null) {
            synchronized (this) {
                built = matcher;
                if (built == null) {
                    built = PromptMatcher.of(this);
                    matcher = built;
                }
            }
        }
        return built;
    }

    @Override
    public String toString() {
        return "PromptLibrary[" + source + ", " + entries.size() + " rows, sha " + shortSha() + "]";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

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
    public record Problem(String file, long line, int column, Severity severity, String message) {
        /** How bad a problem is. */
        public enum Severity {
            /** The library is refused. */
            ERROR,
            /** Logged; the library loads. */
            WARNING
        }

        /** Validates. */
        public Problem {
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
}
