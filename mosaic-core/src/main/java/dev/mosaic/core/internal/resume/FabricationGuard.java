package dev.mosaic.core.internal.resume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a rewritten resume invents nothing: every number (years, counts, percentages, amounts), every
 * capitalised name (employers, titles, schools), every degree or certification acronym in the rewrite must already be
 * in the source. Links and images that the source does not have are stripped. Stateless and thread-safe.
 */
public final class FabricationGuard {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-zA-Z&'-]+(?:\\s+[A-Z][a-zA-Z&'-]+)*");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,6}\\b");
    /** A Markdown link or image (its text holds no bracket, so each "[" is read once) or a bare URL. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\[\\]]*+\\]\\([^()]*+\\)|https?://\\S++|www\\.\\S++");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]++");
    /** Capitalised words that start sentences or headings and are not names. */
    private static final Set<String> COMMON = Set.of("summary", "experience", "education", "skills", "profile",
            "led", "built", "managed", "delivered", "reduced", "improved", "created", "designed", "developed",
            "owned", "supported", "handled", "contributed", "the", "a", "an", "and", "with", "for", "in", "of",
            "to", "on", "at", "by", "as", "from", "relevant", "key", "selected", "achievements", "certifications",
            "projects", "languages", "tools", "technologies", "work", "history", "employment", "professional",
            "background", "present", "current", "now", "contact", "about", "objective");

    private FabricationGuard() {
    }

    /**
     * {@return what the rewrite adds that the source does not have; empty when it invents nothing}
     *
     * @param source the resume the rewrite started from
     * @param rewrite the rewrite
     */
    public static List<String> inventions(String source, String rewrite) {
        String sourceLower = source.toLowerCase(Locale.ROOT);
        Set<String> sourceWords = new HashSet<>(Arrays.asList(NOT_ALPHANUMERIC.split(sourceLower)));
        String sourceDigits = source.replaceAll("[,\\s]", "");
        Set<String> invented = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(rewrite);
        while (number.find()) {
            String digits = number.group().replaceAll("[,.]+$", "").replace(",", "");
            if (!digits.isEmpty() && !sourceDigits.contains(digits)) {
                invented.add(number.group());
            }
        }
        Matcher name = NAME.matcher(rewrite);
        while (name.find()) {
            for (String word : name.group().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!COMMON.contains(lower) && !ResumeReview.ACTION_VERBS.contains(lower)
                        && !containsWord(sourceLower, sourceWords, lower)) {
                    invented.add(name.group());
                    break;
                }
            }
        }
        Matcher acronym = ACRONYM.matcher(rewrite);
        while (acronym.find()) {
            if (!containsWord(sourceLower, sourceWords, acronym.group().toLowerCase(Locale.ROOT))) {
                invented.add(acronym.group());
            }
        }
        return new ArrayList<>(invented);
    }

    /**
     * {@return the rewrite without links or images that the source does not contain}
     *
     * @param source the resume the rewrite started from
     * @param rewrite the rewrite
     */
    public static String stripForeignLinks(String source, String rewrite) {
        Matcher link = LINK.matcher(rewrite);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, source.contains(link.group()) ? Matcher.quoteReplacement(link.group()) : "");
        }
        link.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the word stands in the text with no letter or digit either side: a lookup among the text's words for a
     * plain word, a search only for one with "&", "'" or "-" in it (a pattern compiled per word would read the whole
     * source once for every word of the rewrite).
     */
    private static boolean containsWord(String haystack, Set<String> haystackWords, String word) {
        if (NOT_ALPHANUMERIC.matcher(word).find()) {
            for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !isAlphanumeric(haystack.charAt(at - 1)))
                        && (end == haystack.length() || !isAlphanumeric(haystack.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }
        return haystackWords.contains(word);
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
