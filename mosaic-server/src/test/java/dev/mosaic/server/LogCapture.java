package dev.mosaic.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every log record of every component while open, as the text an operator's log would hold: logger, level, message
 * and the whole stack trace with its causes. Add it after the server has started (Helidon's logging set-up replaces
 * handlers added before).
 */
final class LogCapture implements AutoCloseable {
    private final List<String> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Level previous = root.getLevel();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringWriter text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(record.getLevel().getName()).append(' ')
                    .append(formatter.formatMessage(record));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text.append('\n')));
            }
            records.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** @return what was logged so far, one entry per record (a stack trace is part of its record) */
    List<String> records() {
        return List.copyOf(records);
    }

    /** @return the records at SEVERE or WARNING */
    List<String> problems() {
        return records.stream().filter(r -> r.contains(" SEVERE ") || r.contains(" WARNING ")).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(previous);
    }
}
