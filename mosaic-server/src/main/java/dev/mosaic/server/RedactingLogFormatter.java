package dev.mosaic.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The server's log formatter ({@code logging.properties}): one line per record,
 * {@code 2026-11-30T12:50:44.034Z INFO logger.name: message}, then the stack trace if there is one, with anything
 * shaped like a session id replaced by its one-way tag, stack traces included (issue 16, B7). Written out by hand
 * rather than through {@code SimpleFormatter}: the access log writes a line per request, and SimpleFormatter's
 * format string and the caller lookup it always makes cost more than the rest of a {@code GET /health}. Public only
 * because {@code java.util.logging} instantiates it by name. Thread-safe.
 */
public final class RedactingLogFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Used by {@code java.util.logging.LogManager}. */
    public RedactingLogFormatter() {
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        TIME.formatTo(record.getInstant().truncatedTo(ChronoUnit.MILLIS), line);
        line.append(' ').append(record.getLevel().getLocalizedName()).append(' ')
                .append(record.getLoggerName() == null ? "" : record.getLoggerName()).append(": ")
                .append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println();
                record.getThrown().printStackTrace(out);
            }
            // printStackTrace ends with a line separator; the line's own separator follows below.
            line.append(trace.getBuffer(), 0, trace.getBuffer().length() - System.lineSeparator().length());
        }
        return LogText.withoutSessionIds(line.append(System.lineSeparator()).toString());
    }
}
