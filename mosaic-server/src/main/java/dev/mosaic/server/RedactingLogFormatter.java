package dev.mosaic.server;

import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * The server's log formatter ({@code logging.properties}): {@link SimpleFormatter}'s line, with anything shaped like a
 * session id replaced by its one-way tag, stack traces included (issue 16, B7). Public only because
 * {@code java.util.logging} instantiates it by name. Thread-safe.
 */
public final class RedactingLogFormatter extends SimpleFormatter {
    /** Used by {@code java.util.logging.LogManager}. */
    public RedactingLogFormatter() {
    }

    @Override
    public String format(LogRecord record) {
        return LogText.withoutSessionIds(super.format(record));
    }
}
