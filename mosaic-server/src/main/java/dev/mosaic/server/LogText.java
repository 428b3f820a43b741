package dev.mosaic.server;

import dev.mosaic.core.session.SessionId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server's log may hold. A client's text (a path, say) goes in with its control characters escaped, so that
 * a percent-encoded line break cannot forge a log line (issue 16, W6); and the log formatter,
 * {@link RedactingLogFormatter}, replaces anything shaped like a session id with its one-way tag wherever it appears,
 * stack traces included, so that no line ever carries a full id (B7).
 */
final class LogText {
    private static final int MAX = 300;
    private static final Pattern SESSION_ID = Pattern.compile("(?<![0-9a-fA-F])[0-9a-f]{32}(?![0-9a-fA-F])");

    private LogText() {
    }

    /** @return the text with control characters (line breaks, NUL, escape...) written as {@code \\uXXXX}, cut short */
    static String client(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() >= MAX && text.length() > MAX ? out + "..." : out.toString();
    }

    /** @return the text with every session id in it replaced by {@code id:<its tag>} */
    static String withoutSessionIds(String text) {
        Matcher id = SESSION_ID.matcher(text);
        if (!id.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String tag = SessionId.parse(id.group()).map(SessionId::logTag).orElse("?");
            id.appendReplacement(out, "id:" + tag);
        } while (id.find());
        id.appendTail(out);
        return out.toString();
    }
}
