package dev.mosaic.server;

import dev.mosaic.core.session.SessionId;

/**
 * What the server's log may hold. A client's text (a path, say) goes in with its control characters escaped, so that
 * a percent-encoded line break cannot forge a log line (issue 16, W6); and the log formatter,
 * {@link RedactingLogFormatter}, replaces anything shaped like a session id with its one-way tag wherever it appears,
 * stack traces included, so that no line ever carries a full id (B7).
 */
final class LogText {
    private static final int MAX = 300;
    private static final int ID_LENGTH = 32;

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

    /**
     * @return the text with every session id in it replaced by {@code id:<its tag>}: a run of exactly 32 hex digits,
     *     all lowercase, with no hex digit on either side (one pass, no regular expression: every log line goes
     *     through here)
     */
    static String withoutSessionIds(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isHex(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lowercase = true;
            while (i < n && isHex(text.charAt(i))) {
                lowercase &= text.charAt(i) <= 'f' && (text.charAt(i) >= 'a' || text.charAt(i) <= '9');
                i++;
            }
            if (i - start == ID_LENGTH && lowercase) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                String tag = SessionId.parse(text.substring(start, i)).map(SessionId::logTag).orElse("?");
                out.append(text, copied, start).append("id:").append(tag);
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
