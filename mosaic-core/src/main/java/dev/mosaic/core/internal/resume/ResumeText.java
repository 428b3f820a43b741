package dev.mosaic.core.internal.resume;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the resume readers look for in any text a person sends, each in time linear in the text's length: a resume
 * may be 100,000 characters of anything, and a pattern that backtracks over it once per starting position (an email
 * pattern over "aaaa...", a lazy ".*?" over "is is is ...") costs minutes of CPU. Patterns here start only where a
 * match can start (a lookbehind for the start of a run) and never give back what a run took (possessive
 * quantifiers); the passive voice is read word by word. Stateless and thread-safe.
 */
public final class ResumeText {
    /** An email address; it can only start where a run of its characters starts. */
    static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+");
    private ResumeText() {
    }

    /**
     * {@return the first phone number: 9 to 15 digits in a run of digits, spaces, brackets, dots and dashes, from the
     * run's first digit (with a "+" just before it) to its last, at least 9 characters long; a date range such as
     * 2019-2024 (8 digits) is not one} The same as a greedy {@code \+?\d[\d ().-]{7,}\d} tried run by run.
     */
    static Optional<String> firstPhone(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!isPhoneChar(text.charAt(i))) {
                i++;
                continue;
            }
            int first = -1;
            int last = -1;
            int digits = 0;
            for (; i < length && isPhoneChar(text.charAt(i)); i++) {
                if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    first = first < 0 ? i : first;
                    last = i;
                    digits++;
                }
            }
            if (first >= 0 && last - first + 1 >= 9 && digits >= 9 && digits <= 15) {
                int from = first > 0 && text.charAt(first - 1) == '+' ? first - 1 : first;
                return Optional.of(text.substring(from, last + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean isPhoneChar(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    /**
     * Whether a line reads as passive voice with its agent: a form of "to be", then a word ending in -ed or -en,
     * then "by" ("the report was prepared by me"), in that order, any distance apart. One pass over the words.
     */
    static boolean passiveWithAgent(String line) {
        int state = 0; // 0: looking for "to be", 1: for the participle, 2: for "by"
        int i = 0;
        int length = line.length();
        while (i < length) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(line.charAt(i))) {
                i++;
            }
            String word = line.substring(start, i);
            if (state == 0 && isToBe(word)) {
                state = 1;
            } else if (state == 1 && word.length() >= 3 && endsWithIgnoreCase(word, "ed", "en")) {
                state = 2;
            } else if (state == 2 && word.equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToBe(String word) {
        return word.equalsIgnoreCase("was") || word.equalsIgnoreCase("were") || word.equalsIgnoreCase("been")
                || word.equalsIgnoreCase("being") || word.equalsIgnoreCase("is") || word.equalsIgnoreCase("are");
    }

    private static boolean endsWithIgnoreCase(String word, String... endings) {
        for (String ending : endings) {
            if (word.regionMatches(true, word.length() - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code \w}. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
