package dev.mosaic.core.coach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pattern that is only tried where a message has one of the words its phrases start with. A regular
 * expression with a large alternation costs a try of every alternative at every word; looking the message's words
 * up in a set first, and trying the pattern only at those words, gives the same matches for a fraction of the work.
 * Immutable and thread-safe.
 */
final class Lexicon {
    /** In a set of anchors: any word that starts with a digit (an alternative that starts with {@code \d}). */
    static final String NUMBER = "#";

    private final Pattern pattern;
    /** Words a match must start with; null when they cannot be known (then the whole message is scanned). */
    private final Set<String> anchors;
    private final boolean numbers;
    /** Whether a match needs a digit somewhere in the message (so a message without one is not scanned). */
    private final boolean needsDigit;

    private Lexicon(Pattern pattern, Set<String> anchors, boolean needsDigit) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.numbers = anchors != null && anchors.contains(NUMBER);
        this.needsDigit = needsDigit;
    }

    /** A lexicon whose anchors are read from the regex: {@code \b(?:first words...|...)...}. */
    static Lexicon of(String regex) {
        return new Lexicon(Pattern.compile(regex), anchorsOf(regex), false);
    }

    /** A lexicon with anchors given explicitly (a regex that starts with a lookbehind, say). */
    static Lexicon anchoredOn(String regex, Set<String> anchors) {
        return new Lexicon(Pattern.compile(regex), Set.copyOf(anchors), false);
    }

    /**
     * A lexicon whose every match contains a digit (amounts of money, say) and cannot be anchored on words: it scans
     * only the messages that have a digit.
     */
    static Lexicon withDigits(String regex) {
        return new Lexicon(Pattern.compile(regex), anchorsOf(regex), true);
    }

    /** A message split into words once, shared by every lexicon that looks at it. */
    static final class Words {
        final String text;
        final List<String> words = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final boolean hasDigit;

        Words(String text) {
            this.text = text;
            boolean digit = false;
            int i = 0;
            while (i < text.length()) {
                // A word starts with a letter or digit: "'interview'" is the word interview in quotation marks.
                if (!isWordChar(text.charAt(i)) || text.charAt(i) == '\'') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    digit |= isDigit(text.charAt(i));
                    i++;
                }
                words.add(text.substring(start, i));
                starts.add(start);
            }
            hasDigit = digit;
        }
    }

    /** Finds up to {@code max} non-overlapping matches, in order. */
    List<String> find(Words words, int max) {
        return matches(words, max).stream().map(MatchResult::group).toList();
    }

    /** Finds up to {@code max} non-overlapping matches, in order, with their positions. */
    List<MatchResult> matches(Words words, int max) {
        List<MatchResult> found = new ArrayList<>(2);
        if (needsDigit && !words.hasDigit) {
            return found;
        }
        Matcher matcher = pattern.matcher(words.text);
        if (anchors == null) {
            while (found.size() < max && matcher.find()) {
                found.add(matcher.toMatchResult());
            }
            return found;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int w = 0; w < words.words.size() && found.size() < max; w++) {
            int start = words.starts.get(w);
            if (start < from || !anchored(words.words.get(w))) {
                continue;
            }
            matcher.region(start, words.text.length());
            if (matcher.lookingAt()) {
                found.add(matcher.toMatchResult());
                from = matcher.end();
            }
        }
        return found;
    }

    /** Whether a match may start at this word: "nurse's" as well as "nurse", where the regex's \\b would allow it. */
    private boolean anchored(String word) {
        if (anchors.contains(word) || numbers && isDigit(word.charAt(0))) {
            return true;
        }
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && anchors.contains(word.substring(0, apostrophe));
    }

    /** {@return whether the pattern matches anywhere} */
    boolean in(Words words) {
        return !find(words, 1).isEmpty();
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || isDigit(c) || c == '\'';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The first words of the alternatives of a regex shaped {@code \b(?:alt|alt|...)rest}, or null when any
     * alternative does not start with a whole literal word or a number ({@code \d}, anchored on {@link #NUMBER}).
     * A word ends where a space, a {@code \b} or a hyphen follows it: "non-profit" starts at the word "non".
     */
    static Set<String> anchorsOf(String regex) {
        String body = regex.startsWith("\\b") ? regex.substring(2) : regex;
        if (!body.startsWith("(?:")) {
            return null;
        }
        int close = closing(body);
        if (close < 0 || topLevelAlternatives(body).size() > 1) {
            return null; // "(?:a|b)c|d": a match may start at d as well
        }
        Set<String> anchors = new HashSet<>();
        for (String alternative : topLevelAlternatives(body.substring(3, close))) {
            if (alternative.startsWith("\\d")) {
                anchors.add(NUMBER);
                continue;
            }
            int i = 0;
            while (i < alternative.length() && isWordChar(alternative.charAt(i))) {
                i++;
            }
            boolean wholeWord = i == alternative.length() || alternative.charAt(i) == ' '
                    || alternative.charAt(i) == '-' || alternative.startsWith("\\b", i);
            if (i == 0 || !wholeWord) {
                return null;
            }
            anchors.add(alternative.substring(0, i));
        }
        return Set.copyOf(anchors);
    }

    private static int closing(String body) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> topLevelAlternatives(String inner) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(inner.substring(start));
        return alternatives;
    }
}
