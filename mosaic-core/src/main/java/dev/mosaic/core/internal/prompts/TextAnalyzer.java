package dev.mosaic.core.internal.prompts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into normalised terms: lowercase ASCII letters and digits, stop words dropped, a light English
 * stemmer, and career synonyms folded onto one canonical term. Works in a caller's char buffer so that matching
 * allocates nothing per token. Stateless and thread-safe.
 */
final class TextAnalyzer {
    /** Longest token kept; longer runs are cut (a 5 MB "word" must not cost 5 MB). */
    static final int MAX_TOKEN = 32;

    private static final Set<String> STOP_WORDS = Set.copyOf(java.util.List.of(
            "a", "about", "above", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
            "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "im", "in", "into", "is", "it",
            "its", "itself", "ive", "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only",
            "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "yourself", "yourselves", "ill", "id", "dont", "cant", "also", "really", "get", "got", "even", "still",
            "much", "lot", "lots", "thing", "things", "like", "know", "think", "feel", "want", "one", "way", "us",
            "thats", "its", "theres", "been", "yeah", "ok", "okay", "hi", "hello", "hey", "please", "thanks",
            "thank", "u", "ur", "oh", "well", "whats", "hows", "wheres", "whos", "whens", "isnt", "doesnt", "didnt",
            "wont", "wouldnt", "shouldnt", "couldnt", "arent", "wasnt", "werent", "youre", "theyre", "weve",
            "youve", "lets", "heres", "hes", "shes", "without", "within",
            // common words that say nothing about a career topic (a rare one would otherwise score like a topic word)
            "able", "across", "actually", "again", "ago", "almost", "along", "already", "always", "another", "anyway",
            "around", "away", "back", "became", "become", "best", "better", "big", "bit", "came", "come", "comes",
            "coming", "done", "either", "else", "etc", "ever", "every", "exactly", "give", "go", "goes", "going",
            "gone", "gonna", "good", "great", "guess", "however", "idk", "instead", "kind", "kinda", "last",
            "least", "less", "let", "little", "long", "lol", "made", "make", "makes", "making", "many", "may",
            "maybe", "might", "must", "never", "next", "nothing", "now", "often", "ones", "pretty", "put", "quite",
            "rather", "right", "said", "say", "says", "see", "seem", "seems", "since", "sort", "stuff", "sure",
            "tell", "though", "thought", "today", "tomorrow", "together", "top", "tried", "try", "trying", "two",
            "use", "used", "using", "wanna", "wanted", "wants", "went", "whether", "whole", "wonder", "yes", "yet",
            "keep", "keeps", "stop", "find", "much", "any", "every", "things", "someone", "anybody", "somebody", "anyone", "someone", "something", "anything", "everything",
            // days and months say when, not what: "3 applications by Friday" is not about an interview on Friday
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december"));

    /**
     * Career synonyms: every word on the left is read as the word on the right (both sides are stemmed when the
     * table is built, so plural and verb forms follow).
     */
    private static final String[][] SYNONYMS = {
            {"cv", "resume"}, {"resumes", "resume"}, {"curriculum", "resume"}, {"vitae", "resume"},
            {"role", "job"}, {"position", "job"}, {"gig", "job"}, {"opening", "job"}, {"vacancy", "job"},
            {"boss", "manager"}, {"supervisor", "manager"}, {"lead", "manager"},
            {"pay", "salary"}, {"paid", "salary"}, {"compensation", "salary"}, {"wage", "salary"},
            {"wages", "salary"}, {"comp", "salary"}, {"income", "salary"},
            {"raise", "salary"}, {"payrise", "salary"},
            {"interviewing", "interview"}, {"interviewer", "interview"},
            {"recruiter", "recruit"}, {"headhunter", "recruit"}, {"recruitment", "recruit"},
            {"burnout", "burnout"}, {"burned", "burnout"}, {"burnt", "burnout"}, {"exhausted", "exhaust"},
            {"anxious", "anxiety"}, {"stressed", "stress"}, {"stressful", "stress"}, {"overwhelmed", "overwhelm"},
            {"procrastinate", "procrastinat"}, {"procrastinating", "procrastinat"}, {"procrastination", "procrastinat"},
            {"unmotivated", "motivation"}, {"motivated", "motivation"}, {"motivate", "motivation"},
            {"distracted", "distract"}, {"distraction", "distract"}, {"distractions", "distract"},
            {"focused", "focus"}, {"concentrate", "focus"}, {"concentration", "focus"},
            {"network", "network"}, {"networking", "network"}, {"linkedin", "linkedin"},
            {"mentor", "mentor"}, {"mentorship", "mentor"}, {"mentoring", "mentor"},
            {"journal", "journal"}, {"journaling", "journal"}, {"journalling", "journal"}, {"diary", "journal"},
            {"habit", "habit"}, {"routine", "routine"}, {"routines", "routine"},
            {"decide", "decision"}, {"deciding", "decision"}, {"decisions", "decision"}, {"choose", "decision"},
            {"choosing", "decision"}, {"choice", "decision"},
            {"confident", "confidence"}, {"imposter", "impostor"}, {"impostor", "impostor"},
            {"negotiate", "negotiat"}, {"negotiating", "negotiat"}, {"negotiation", "negotiat"},
            {"skill", "skill"}, {"skills", "skill"}, {"upskill", "skill"}, {"upskilling", "skill"}, {"reskill", "skill"},
            {"course", "course"}, {"courses", "course"}, {"class", "course"}, {"bootcamp", "course"},
            {"certification", "certif"}, {"cert", "certif"}, {"certs", "certif"}, {"certificate", "certif"}, {"certified", "certif"},
            {"deadline", "deadline"}, {"deadlines", "deadline"}, {"schedule", "schedul"}, {"calendar", "schedul"},
            {"creative", "creativ"}, {"creativity", "creativ"}, {"explore", "explor"}, {"exploring", "explor"},
            {"exploration", "explor"}, {"experiment", "experiment"}, {"experimenting", "experiment"},
            {"test", "experiment"}, {"testing", "experiment"}, {"trial", "experiment"}, {"pilot", "experiment"},
            {"quit", "quit"}, {"quitting", "quit"}, {"resign", "quit"}, {"resigning", "quit"},
            {"fired", "laidoff"}, {"layoff", "laidoff"}, {"layoffs", "laidoff"}, {"redundant", "laidoff"},
            {"wfh", "remote"}, {"employer", "company"}, {"firm", "company"}, {"org", "company"},
    };

    private static final Map<String, String> SYNONYM_TABLE = buildSynonyms();

    private TextAnalyzer() {
    }

    /** Receives each term as a char buffer slice; the buffer is reused, so copy what you keep. */
    interface TermSink {
        void term(char[] buffer, int length);
    }

    /**
     * Splits text into terms and hands each, normalised and stemmed, to the sink. Stop words are skipped. Synonyms
     * are not applied here (the matcher's dictionary knows them as aliases); use {@link #canonical} for that.
     *
     * @param text the text
     * @param buffer a scratch buffer of at least {@link #MAX_TOKEN} chars
     * @param sink receives the terms
     */
    static void analyze(CharSequence text, char[] buffer, TermSink sink) {
        int length = 0;
        boolean overflow = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? fold(text.charAt(i)) : ' ';
            if (c == '\'') {
                continue; // "don't" -> "dont", "manager's" -> "managers"
            }
            if (c != ' ') {
                if (length < MAX_TOKEN) {
                    buffer[length++] = c;
                } else {
                    overflow = true;
                }
                continue;
            }
            if (length > 0 && !overflow && !isStopWord(buffer, length) && !allDigits(buffer, length)) {
                int stemmed = stem(buffer, length);
                if (stemmed > 0) {
                    sink.term(buffer, stemmed);
                }
            }
            length = 0;
            overflow = false;
        }
    }

    /**
     * {@return the canonical term it stands for (itself when it has no synonym)}
     *
     * @param term a stemmed term
     */
    static String canonical(String term) {
        return SYNONYM_TABLE.getOrDefault(term, term);
    }

    /** {@return the synonym table, stemmed word to stemmed canonical term} */
    static Map<String, String> synonyms() {
        return SYNONYM_TABLE;
    }

    /** Lowercase ASCII letter or digit, an apostrophe, or ' ' for any separator; common accents folded. */
    private static char fold(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c == '\'' || c == '\u2019') {
            return '\'';
        }
        if (c < 0xC0) {
            return ' ';
        }
        return switch (Character.toLowerCase(c)) {
            case '\u00e0', '\u00e1', '\u00e2', '\u00e3', '\u00e4', '\u00e5' -> 'a';
            case '\u00e7' -> 'c';
            case '\u00e8', '\u00e9', '\u00ea', '\u00eb' -> 'e';
            case '\u00ec', '\u00ed', '\u00ee', '\u00ef' -> 'i';
            case '\u00f1' -> 'n';
            case '\u00f2', '\u00f3', '\u00f4', '\u00f5', '\u00f6' -> 'o';
            case '\u00f9', '\u00fa', '\u00fb', '\u00fc' -> 'u';
            default -> ' ';
        };
    }

    /** Bare numbers ("3", "2024") carry no topic; the metrics read them, the matcher does not. */
    private static boolean allDigits(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isStopWord(char[] buffer, int length) {
        if (length > 12) {
            return false;
        }
        return STOP_WORDS.contains(new String(buffer, 0, length));
    }

    /**
     * A light English suffix stemmer, enough to fold plurals and verb forms together (interviews, interviewing,
     * interviewed -> interview). Both the library and the messages go through it, so it only has to be consistent.
     *
     * @return the new length
     */
    static int stem(char[] b, int len) {
        if (len <= 3) {
            return len;
        }
        if (ends(b, len, "ies") && len > 4) {
            b[len - 3] = 'y';
            len -= 2;
        } else if (ends(b, len, "sses")) {
            len -= 2;
        } else if (b[len - 1] == 's' && b[len - 2] != 's' && b[len - 2] != 'u' && b[len - 2] != 'i') {
            len -= 1;
        }
        if (len > 5 && ends(b, len, "ing")) {
            len = undouble(b, len - 3);
        } else if (len > 4 && ends(b, len, "ed")) {
            len = undouble(b, len - 2);
        } else if (len > 5 && ends(b, len, "ly")) {
            len -= 2;
        }
        if (len > 4 && b[len - 1] == 'e') {
            len -= 1;
        }
        if (len > 3 && b[len - 1] == 'y') {
            b[len - 1] = 'i';
        }
        return len;
    }

    private static int undouble(char[] b, int len) {
        if (len >= 3 && b[len - 1] == b[len - 2] && "lsz".indexOf(b[len - 1]) < 0 && !isVowel(b[len - 1])) {
            return len - 1;
        }
        return len;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean ends(char[] b, int len, String suffix) {
        int s = suffix.length();
        if (len < s) {
            return false;
        }
        for (int i = 0; i < s; i++) {
            if (b[len - s + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String stemWord(String word) {
        char[] buffer = new char[Math.max(MAX_TOKEN, word.length())];
        StringBuilder out = new StringBuilder();
        analyzeAll(word, buffer, out);
        return out.toString();
    }

    private static void analyzeAll(String word, char[] buffer, StringBuilder out) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        lower.getChars(0, lower.length(), buffer, 0);
        out.append(buffer, 0, stem(buffer, lower.length()));
    }

    private static Map<String, String> buildSynonyms() {
        Map<String, String> table = new HashMap<>();
        for (String[] pair : SYNONYMS) {
            String from = stemWord(pair[0]);
            String to = stemWord(pair[1]);
            if (!from.equals(to)) {
                table.put(from, to);
            }
        }
        return Map.copyOf(table);
    }
}
