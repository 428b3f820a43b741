package dev.mosaic.core.prompts;

import dev.mosaic.core.prompts.PromptLibrary.Problem.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a prompt-library CSV and reports every problem with its position. Accepts the earlier product's
 * {@code prompt,completion,tag} format and Mosaic's (plus {@code id}, {@code keywords}, {@code next_step},
 * {@code follow_up}).
 */
final class CsvLibraryReader {
    static final int PROMPT_MIN = 10;
    static final int PROMPT_MAX = 200;
    static final int COMPLETION_MIN = 80;
    static final int COMPLETION_MAX = 700;
    static final int NEXT_STEP_MIN = 20;
    static final int NEXT_STEP_MAX = 200;
    static final int FOLLOW_UP_MIN = 80;
    static final int FOLLOW_UP_MAX = 700;

    private static final List<String> REQUIRED = List.of("prompt", "completion", "tag");
    private static final List<String> OPTIONAL = List.of("id", "keywords", "next_step", "follow_up");

    record Result(List<PromptEntry> entries, List<PromptLibrary.Problem> problems) {
        boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private final String source;
    private final String text;
    private final int[] lineStarts;
    private final List<PromptLibrary.Problem> problems = new ArrayList<>();

    private CsvLibraryReader(String source, String text) {
        this.source = source;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    static Result read(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(new PromptLibrary.Problem(source, 1, 0, Severity.ERROR,
                    "the file is not valid UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new CsvLibraryReader(source, text).read();
    }

    private Result read() {
        List<PromptEntry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            List<String> headerValues = null;
            Map<String, Long> seenPrompts = new HashMap<>();
            Map<String, Long> seenIds = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = lineOf(record.getCharacterPosition());
                if (columns == null) {
                    headerValues = normalisedValues(record);
                    columns = header(record, line);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                PromptEntry entry = row(record, line, columns, headerValues, seenPrompts, seenIds);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (columns == null && problems.isEmpty()) {
                error(1, 0, "the file is empty: expected a header row with prompt,completion,tag");
            } else if (columns != null && entries.isEmpty() && problems.isEmpty()) {
                error(2, 0, "the library has a header but no rows");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting this way; its message names the line.
            error(lineOfParserFailure(rootMessage(e)), 0, "malformed CSV: " + rootMessage(e));
        }
        return new Result(entries, List.copyOf(problems));
    }

    private Map<String, Integer> header(CSVRecord record, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
                if (columns.putIfAbsent(name, i) != null) {
                    error(line, i + 1, "column '" + name + "' appears twice in the header");
                }
            } else {
                warn(line, i + 1, "unknown column '" + record.get(i) + "' is ignored");
            }
        }
        boolean complete = true;
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                error(line, 0, "the header has no '" + required + "' column (required: prompt,completion,tag)");
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    private PromptEntry row(CSVRecord record, long line, Map<String, Integer> columns, List<String> headerValues,
                            Map<String, Long> seenPrompts, Map<String, Long> seenIds) {
        if (normalisedValues(record).equals(headerValues)) {
            error(line, 0, "the header row is repeated as data");
            return null;
        }
        List<String> missing = columns.entrySet().stream().filter(c -> c.getValue() >= record.size())
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            error(line, columns.get(missing.get(0)) + 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(m -> "'" + m + "'").collect(java.util.stream.Collectors.joining(", "))
                    + " (the row has " + record.size() + " field(s))");
            return null;
        }
        int errorsBefore = errorCount();
        String prompt = field(record, line, columns, "prompt", true);
        String completion = field(record, line, columns, "completion", true);
        String tag = field(record, line, columns, "tag", true);
        String id = columns.containsKey("id") ? field(record, line, columns, "id", true) : "row-" + line;
        String keywordText = columns.containsKey("keywords") ? field(record, line, columns, "keywords", false) : "";
        String nextStep = columns.containsKey("next_step") ? field(record, line, columns, "next_step", false) : "";
        String followUp = columns.containsKey("follow_up") ? field(record, line, columns, "follow_up", false) : "";
        if (errorCount() > errorsBefore) {
            return null;
        }
        int tagColumn = columns.get("tag") + 1;
        if (!PromptLibrary.TAGS.contains(tag)) {
            String spelled = PromptLibrary.TAGS.stream().filter(t -> t.equalsIgnoreCase(tag)).findFirst()
                    .map(t -> "; it must be spelled exactly '" + t + "'").orElse("; known tags: "
                            + String.join(", ", PromptLibrary.TAGS));
            error(line, tagColumn, "unknown tag '" + tag + "'" + spelled);
        }
        if (columns.containsKey("id")) {
            int idColumn = columns.get("id") + 1;
            if (id.chars().anyMatch(Character::isWhitespace)) {
                error(line, idColumn, "id '" + id + "' contains whitespace");
            }
            Long first = seenIds.putIfAbsent(id, line);
            if (first != null) {
                error(line, idColumn, "duplicate id '" + id + "' (first on line " + first + ")");
            }
        }
        int promptColumn = columns.get("prompt") + 1;
        Long firstPrompt = seenPrompts.putIfAbsent(normalise(prompt), line);
        if (firstPrompt != null) {
            error(line, promptColumn, "duplicate prompt (same as line " + firstPrompt
                    + " after ignoring case, punctuation and spaces)");
        }
        checkLength(line, promptColumn, "prompt", prompt, PROMPT_MIN, PROMPT_MAX);
        int completionColumn = columns.get("completion") + 1;
        if (completion.length() < COMPLETION_MIN) {
            warn(line, completionColumn, "suspiciously short completion (" + completion.length()
                    + " characters; expected at least " + COMPLETION_MIN + ")");
        } else if (completion.length() > COMPLETION_MAX) {
            warn(line, completionColumn, "completion is " + completion.length() + " characters; at most "
                    + COMPLETION_MAX + " expected");
        }
        if (looksTruncated(completion)) {
            warn(line, completionColumn, "completion looks truncated (it does not end a sentence)");
        }
        if (!nextStep.isEmpty()) {
            int column = columns.get("next_step") + 1;
            checkLength(line, column, "next_step", nextStep, NEXT_STEP_MIN, NEXT_STEP_MAX);
            if (looksTruncated(nextStep)) {
                warn(line, column, "next_step looks truncated (it does not end a sentence)");
            }
        }
        if (!followUp.isEmpty()) {
            int column = columns.get("follow_up") + 1;
            checkLength(line, column, "follow_up", followUp, FOLLOW_UP_MIN, FOLLOW_UP_MAX);
            if (looksTruncated(followUp)) {
                warn(line, column, "follow_up looks truncated (it does not end a sentence)");
            }
            if (normalise(followUp).equals(normalise(completion))) {
                error(line, column, "follow_up repeats the completion; it should say what the completion does not");
            }
        }
        if (errorCount() > errorsBefore) {
            return null;
        }
        return new PromptEntry(id, prompt, completion, tag, keywords(keywordText), optional(nextStep),
                optional(followUp));
    }

    private String field(CSVRecord record, long line, Map<String, Integer> columns, String name, boolean required) {
        int index = columns.get(name);
        String value = record.get(index).strip();
        if (required && value.isEmpty()) {
            error(line, index + 1, "empty " + name);
        }
        return value;
    }

    private void checkLength(long line, int column, String name, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            warn(line, column, name + " is " + value.length() + " characters; expected " + min + ".." + max);
        }
    }

    private static java.util.Optional<String> optional(String text) {
        return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    static boolean looksTruncated(String completion) {
        if (completion.endsWith("...") || completion.endsWith("\u2026")) {
            return true;
        }
        char last = completion.charAt(completion.length() - 1);
        return ".?!)\"'\u201d\u2019".indexOf(last) < 0;
    }

    static String normalise(String prompt) {
        StringBuilder out = new StringBuilder(prompt.length());
        boolean space = false;
        for (int i = 0; i < prompt.length(); i++) {
            char c = prompt.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static List<String> keywords(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(k -> k.strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static List<String> normalisedValues(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(v -> values.add(v.strip().toLowerCase(Locale.ROOT)));
        return values;
    }

    private int errorCount() {
        return (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    private void error(long line, int column, String message) {
        problems.add(new PromptLibrary.Problem(source, line, column, Severity.ERROR, message));
    }

    private void warn(long line, int column, String message) {
        problems.add(new PromptLibrary.Problem(source, line, column, Severity.WARNING, message));
    }

    private long lineOf(long characterPosition) {
        int index = Arrays.binarySearch(lineStarts, (int) Math.min(characterPosition, Integer.MAX_VALUE));
        return (index >= 0 ? index : -index - 2) + 1L;
    }

    /** commons-csv names the line in its message ("(line 12) invalid char..."); otherwise blame the last line. */
    private long lineOfParserFailure(String message) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
        return line.find() ? Long.parseLong(line.group(1)) : lineStarts.length;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
