package dev.mosaic.store;

import java.util.ArrayList;
import java.util.List;

/** Lists of strings in one text column: newline-joined, with backslash and newline escaped. */
final class TextList {
    private TextList() {
    }

    static String encode(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            String item = items.get(i);
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == '\\') {
                    out.append("\\\\");
                } else if (ch == '\n') {
                    out.append("\\n");
                } else {
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }

    static List<String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '\\' && c + 1 < text.length()) {
                char next = text.charAt(++c);
                item.append(next == 'n' ? '\n' : next);
            } else if (ch == '\n') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(ch);
            }
        }
        items.add(item.toString());
        return List.copyOf(items);
    }
}
