package dev.mosaic.semantic;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BERT's uncased tokenizer in plain Java, as the model was trained with it: lower case, accents stripped, control
 * characters dropped, split on white space and on each punctuation mark, then greedy longest-match WordPiece with
 * {@code ##} continuations. Written here rather than DJL's native one so that nothing is unpacked into the home
 * folder (which may be read-only on a server). Immutable and thread-safe.
 */
final class WordPieceTokenizer {
    static final int CLS = 101;
    static final int SEP = 102;
    static final int UNKNOWN = 100;
    /** A word longer than this is one unknown token, as in BERT. */
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocabulary;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * {@return the tokenizer of a Hugging Face {@code tokenizer.json} with a WordPiece model}
     *
     * @param json the file's text
     */
    static WordPieceTokenizer fromJson(String json) {
        int model = json.indexOf("\"model\"");
        int vocab = model < 0 ? -1 : json.indexOf("\"vocab\"", model);
        int open = vocab < 0 ? -1 : json.indexOf('{', vocab);
        if (open < 0) {
            throw new IllegalStateException("the tokenizer file has no model.vocab object");
        }
        // Entry by entry from the opening brace: a token may itself be "}" or ",", so no search for the end.
        Map<String, Integer> vocabulary = new HashMap<>(64_000);
        Matcher entry = Pattern.compile("\\s*,?\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(\\d+)").matcher(json);
        int at = open + 1;
        while (entry.region(at, json.length()).lookingAt()) {
            vocabulary.put(unescape(entry.group(1)), Integer.parseInt(entry.group(2)));
            at = entry.end();
        }
        if (!Integer.valueOf(CLS).equals(vocabulary.get("[CLS]")) || !Integer.valueOf(SEP).equals(vocabulary.get("[SEP]"))
                || !Integer.valueOf(UNKNOWN).equals(vocabulary.get("[UNK]"))) {
            throw new IllegalStateException("the tokenizer's vocabulary is not BERT's uncased one");
        }
        return new WordPieceTokenizer(Map.copyOf(vocabulary));
    }

    /** {@return the number of tokens in the vocabulary} */
    int size() {
        return vocabulary.size();
    }

    /**
     * {@return the token ids of a text with {@code [CLS]} first and {@code [SEP]} last, at most {@code max} in all}
     *
     * @param text the text
     * @param max the most ids, at least 2
     */
    long[] encode(String text, int max) {
        String normal = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        long[] ids = new long[Math.max(2, Math.min(max, normal.length() + 2))]; // a token has at least one char
        int n = 0;
        ids[n++] = CLS;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length() && n < ids.length - 1; ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD
                    || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            }
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space || isPunctuation(c)) {
                n = pieces(word, ids, n);
                word.setLength(0);
                if (!space) {
                    word.appendCodePoint(c);
                    n = pieces(word, ids, n);
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        n = pieces(word, ids, n);
        ids[n++] = SEP;
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }

    /** Appends the WordPiece ids of one word, leaving room for the final [SEP]; returns the new count. */
    private int pieces(CharSequence word, long[] ids, int n) {
        if (word.isEmpty() || n >= ids.length - 1) {
            return n;
        }
        if (word.length() > MAX_WORD) {
            ids[n++] = UNKNOWN;
            return n;
        }
        String w = word.toString();
        int[] found = new int[w.length()];
        int count = 0;
        for (int start = 0; start < w.length(); ) {
            Integer id = null;
            int end = w.length();
            for (; end > start; end--) {
                id = vocabulary.get(start == 0 ? w.substring(0, end) : "##" + w.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                ids[n++] = UNKNOWN; // BERT: a word that cannot be pieced together is one unknown token
                return n;
            }
            found[count++] = id;
            start = end;
        }
        for (int k = 0; k < count && n < ids.length - 1; k++) {
            ids[n++] = found[k];
        }
        return n;
    }

    /** BERT's punctuation: every ASCII non-letter non-digit symbol, and Unicode's punctuation classes. */
    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
