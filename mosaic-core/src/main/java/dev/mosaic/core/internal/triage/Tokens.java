package dev.mosaic.core.internal.triage;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message as triage reads it: lowercase words without apostrophes ("don't" is {@code dont}), texting shorthand
 * spelled out ({@code wanna} is {@code want to}, {@code kms} is {@code kill myself}), misspellings of the words that
 * matter folded onto them, and for each word its sentence, its clause and where it stands in the original text.
 * One pass over the characters; nothing here backtracks.
 */
final class Tokens {
    /** Words beyond this many are not read: a message is at most a few thousand characters. */
    static final int MAX_WORDS = 2_000;
    private static final int MAX_WORD_LENGTH = 40;

    /** Shorthand that stands for several words, or for a word spelled differently. */
    private static final Map<String, String[]> EXPANSIONS = Map.ofEntries(
            Map.entry("wanna", new String[] {"want", "to"}),
            Map.entry("wana", new String[] {"want", "to"}),
            Map.entry("gonna", new String[] {"going", "to"}),
            Map.entry("gunna", new String[] {"going", "to"}),
            Map.entry("gotta", new String[] {"got", "to"}),
            Map.entry("tryna", new String[] {"trying", "to"}),
            Map.entry("imma", new String[] {"im", "going", "to"}),
            Map.entry("ima", new String[] {"im", "going", "to"}),
            Map.entry("kms", new String[] {"kill", "myself"}),
            Map.entry("unalive", new String[] {"kill"}),
            Map.entry("idk", new String[] {"i", "dont", "know"}),
            Map.entry("idc", new String[] {"i", "dont", "care"}),
            Map.entry("dunno", new String[] {"dont", "know"}),
            Map.entry("cannot", new String[] {"cant"}),
            Map.entry("rn", new String[] {"right", "now"}),
            Map.entry("u", new String[] {"you"}),
            Map.entry("ur", new String[] {"your"}),
            Map.entry("r", new String[] {"are"}),
            Map.entry("bc", new String[] {"because"}),
            Map.entry("cuz", new String[] {"because"}),
            Map.entry("coz", new String[] {"because"}),
            Map.entry("cos", new String[] {"because"}),
            Map.entry("bf", new String[] {"boyfriend"}),
            Map.entry("gf", new String[] {"girlfriend"}),
            Map.entry("tmrw", new String[] {"tomorrow"}),
            Map.entry("tmr", new String[] {"tomorrow"}),
            Map.entry("tmrow", new String[] {"tomorrow"}),
            Map.entry("2morrow", new String[] {"tomorrow"}),
            Map.entry("tonite", new String[] {"tonight"}),
            Map.entry("nite", new String[] {"night"}),
            Map.entry("tho", new String[] {"though"}),
            Map.entry("thru", new String[] {"through"}),
            Map.entry("ppl", new String[] {"people"}),
            Map.entry("pls", new String[] {"please"}),
            Map.entry("plz", new String[] {"please"}),
            Map.entry("ngl", new String[] {"honestly"}),
            Map.entry("tbh", new String[] {"honestly"}),
            Map.entry("fr", new String[] {"honestly"}),
            Map.entry("abt", new String[] {"about"}),
            Map.entry("w", new String[] {"with"}),
            Map.entry("b4", new String[] {"before"}),
            Map.entry("hrs", new String[] {"hours"}),
            Map.entry("mins", new String[] {"minutes"}),
            Map.entry("wk", new String[] {"week"}),
            Map.entry("wks", new String[] {"weeks"}),
            Map.entry("yr", new String[] {"year"}),
            Map.entry("yrs", new String[] {"years"}),
            Map.entry("mgr", new String[] {"manager"}),
            Map.entry("mum", new String[] {"mom"}),
            Map.entry("mam", new String[] {"mom"}),
            Map.entry("oded", new String[] {"overdosed"}),
            Map.entry("ive", new String[] {"i", "have"}),
            Map.entry("im", new String[] {"i", "am"}),
            Map.entry("id", new String[] {"i", "would"}),
            Map.entry("youre", new String[] {"you", "are"}),
            Map.entry("hes", new String[] {"he", "is"}),
            Map.entry("shes", new String[] {"she", "is"}),
            Map.entry("theyre", new String[] {"they", "are"}),
            Map.entry("whats", new String[] {"what", "is"}),
            Map.entry("thats", new String[] {"that", "is"}),
            Map.entry("its", new String[] {"it", "is"}));

    final String[] words;
    final int[] starts;
    final int[] ends;
    final int[] sentence;
    final int[] clause;
    /** Whether each word stands inside quotation marks (someone's words reported). */
    final boolean[] quoted;
    /** The clauses that begin with "and", "but" and the like, whose subject may be the previous clause's. */
    final BitSet coordinated;
    final int count;
    /** Whether the message holds arithmetic: a number, an operator and a number, like {@code 17*23} or {@code 2+2}. */
    final boolean arithmetic;
    /** Whether the message has a question mark. */
    final boolean question;
    /** Whether the message says it is joking ("lol", "haha", a laughing emoji). */
    final boolean joking;

    private Tokens(String[] words, int[] starts, int[] ends, int[] sentence, int[] clause, boolean[] quoted,
                   BitSet coordinated, int count, boolean arithmetic, boolean question, boolean joking) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.sentence = sentence;
        this.clause = clause;
        this.quoted = quoted;
        this.coordinated = coordinated;
        this.count = count;
        this.arithmetic = arithmetic;
        this.question = question;
        this.joking = joking;
    }

    static Tokens of(String text, Spelling spelling) {
        Builder builder = new Builder(spelling);
        int length = text.length();
        int i = 0;
        char[] word = new char[MAX_WORD_LENGTH];
        while (i < length && builder.count < MAX_WORDS) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                builder.punctuation(text, i);
                i++;
                continue;
            }
            int start = i;
            int n = readWord(text, i, word);
            i += run(text, i);
            String base = new String(word, 0, n);
            if (i + 1 < length && isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
                int suffixLength = run(text, i + 1);
                String suffix = text.substring(i + 1, i + 1 + suffixLength).toLowerCase(Locale.ROOT);
                i += 1 + suffixLength;
                builder.contraction(base, suffix, start, i);
            } else {
                builder.add(base, start, i);
            }
        }
        return builder.build();
    }

    /** Reads the letters and digits at {@code from} into {@code into}, lowercased and cut at its length. */
    private static int readWord(String text, int from, char[] into) {
        int n = 0;
        for (int k = from; k < text.length() && Character.isLetterOrDigit(text.charAt(k)); k++) {
            if (n < into.length) {
                into[n++] = Character.toLowerCase(text.charAt(k));
            }
        }
        return n;
    }

    private static int run(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        return k - from;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4';
    }

    /** {@return the words from {@code from} (inclusive) to {@code to} (exclusive) as the person wrote them} */
    String original(String text, int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from], ends[to - 1]);
    }

    private static final class Builder {
        private final Spelling spelling;
        private String[] words = new String[32];
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int[] sentence = new int[32];
        private int[] clause = new int[32];
        private boolean[] quoted = new boolean[32];
        private boolean inQuote;
        private final BitSet coordinated = new BitSet();
        private int count;
        private int currentSentence;
        private int currentClause;
        private boolean arithmetic;
        private boolean question;
        private boolean joking;
        /** Whether the last mark was a comma with no word after it yet. */
        private boolean afterComma;
        private int lastOperatorAt = -1;

        Builder(Spelling spelling) {
            this.spelling = spelling;
        }

        void punctuation(String text, int at) {
            char c = text.charAt(at);
            switch (c) {
                case '.', '!', '?', ';', '\n', '\r', '\u2026' -> {
                    if (c == '?') {
                        question = true;
                    }
                    if (c == '.' && at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
                            && Character.isDigit(text.charAt(at + 1))) {
                        return; // 2.5
                    }
                    if (c == '.' && at > 0 && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at - 1))
                            && Character.isLetter(text.charAt(at + 1))) {
                        return; // backup.sh, node.js: a name, not the end of a sentence
                    }
                    newSentence();
                }
                case '"', '\u201c', '\u201d' -> {
                    inQuote = c == '"' ? !inQuote : c == '\u201c';
                    currentClause++;
                }
                case '\'', '\u2018', '\u2019' -> { // 'I'm so done': single marks that stand apart from a word quote too
                    boolean opens = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                            && at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
                    boolean closes = at > 0 && Character.isLetter(text.charAt(at - 1))
                            && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
                    if (opens && !inQuote || closes && inQuote) {
                        inQuote = opens;
                        currentClause++;
                    }
                }
                case ',' -> {
                    currentClause++;
                    afterComma = true;
                }
                case ':', '\u2014', '\u2013', '(', ')' -> currentClause++;
                case '+', '*', '=', '^', '\u00d7', '\u00f7' -> lastOperatorAt = count; // not - or /: "2-3 years", 24/7
                case '\uD83D', '\uD83E' -> { // a laughing emoji: U+1F602, U+1F923, U+1F606, U+1F605
                    char low = at + 1 < text.length() ? text.charAt(at + 1) : 0;
                    if (c == '\uD83D' && (low == '\uDE02' || low == '\uDE06' || low == '\uDE05')
                            || c == '\uD83E' && low == '\uDD23') {
                        joking = true;
                    }
                }

                default -> {
                }
            }
        }

        private void newSentence() {
            if (count > 0 && sentence[count - 1] == currentSentence) {
                currentSentence++;
                currentClause++;
            }
        }

        /** "he'll" is "he will", "I'd" "I would", "don't" "dont", "mom's" "mom", "it's" "it is". */
        void contraction(String base, String suffix, int start, int end) {
            switch (suffix) {
                case "t" -> add(base + "t", start, end);
                case "ll" -> words2(base, "will", start, end);
                case "d" -> words2(base, "would", start, end);
                case "re" -> words2(base, "are", start, end);
                case "ve" -> words2(base, "have", start, end);
                case "m" -> words2(base, "am", start, end);
                case "s" -> {
                    if (IS_CONTRACTED.contains(base)) {
                        words2(base, "is", start, end);
                    } else {
                        add(base, start, end); // a possessive: "my husband's" reads as "my husband"
                    }
                }
                default -> add(base + suffix, start, end);
            }
        }

        private void words2(String first, String second, int start, int end) {
            add(first, start, end);
            put(second, start, end);
        }

        void add(String word, int start, int end) {
            if (JOKES.contains(word)) {
                joking = true;
            }
            if (word.equals("self") && count > 0 && words[count - 1].equals("my")) {
                words[count - 1] = "myself"; // "kill my self"
                ends[count - 1] = end;
                return;
            }
            if (isNumber(word) && lastOperatorAt == count && count > 0 && isNumber(words[count - 1])) {
                arithmetic = true;
            }
            if (CONTINUATIONS.contains(word) && (count == 0 || clause[count - 1] != currentClause)) {
                coordinated.set(currentClause); // "in my early 20s, including an attempt": the same time and person
            }
            boolean opensClause = afterComma && count > 0 && clause[count - 1] == currentClause - 1;
            String[] expanded = EXPANSIONS.get(word);
            if (expanded == null) {
                put(spelling.correct(word), start, end);
            } else {
                for (String part : expanded) {
                    put(part, start, end);
                }
            }
            if (CLAUSE_WORDS.contains(word) && opensClause) {
                clause[count - 1] = currentClause - 1; // ", but that was years ago": the comma's clause is "but"'s
                coordinated.set(currentClause);
            } else if (CLAUSE_WORDS.contains(word)) {
                currentClause++; // "but" and its kind begin a new clause after themselves
                coordinated.set(currentClause);
            }
        }

        private void put(String word, int start, int end) {
            if (count == words.length) {
                int size = count * 2;
                words = Arrays.copyOf(words, size);
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
                sentence = Arrays.copyOf(sentence, size);
                clause = Arrays.copyOf(clause, size);
                quoted = Arrays.copyOf(quoted, size);
            }
            words[count] = word;
            starts[count] = start;
            ends[count] = end;
            sentence[count] = currentSentence;
            if (SO_HOW.contains(word) && count > 0 && words[count - 1].equals("so")
                    && clause[count - 1] == currentClause - 1) {
                coordinated.clear(currentClause); // "burnt out so badly last year": "so" says how much, not "and so"
                currentClause--;
            }
            clause[count] = currentClause;
            quoted[count] = inQuote;
            count++;
            afterComma = false;
        }

        Tokens build() {
            return new Tokens(words, starts, ends, sentence, clause, quoted, coordinated, count, arithmetic, question,
                    joking);
        }
    }

    static boolean isNumber(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> JOKES = Set.of("lol", "lmao", "lmfao", "haha", "hahaha",
            "joke", "joking", "jokes", "jokingly", "humour", "humor", "kidding", "jk", "rofl");

    private static final Set<String> IS_CONTRACTED = Set.of("he", "she", "it", "that", "what",
            "there", "who", "here", "where", "how", "everyone", "everything", "nobody", "life", "this", "everybody",
            "noone", "something", "nothing", "someone", "work", "job", "which", "why", "when");

    /** Words after which "so" says how much ("so badly", "so tired") rather than joining two clauses. */
    private static final Set<String> SO_HOW = Set.of("bad", "badly", "much", "hard", "tired", "stressed", "anxious",
            "long", "many", "far", "often", "severe", "severely", "awful", "sick", "ill", "exhausted", "low", "down");

    /** Words that open a clause after a comma and carry on the one before it. */
    private static final Set<String> CONTINUATIONS = Set.of("including", "plus", "especially", "mainly", "mostly");

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "though", "although",
            "however", "yet", "and", "so", "because", "cause", "while", "whereas", "except", "unless");

    /** The word a misspelling stands for. */
    interface Spelling {
        String correct(String word);
    }

    @Override
    public String toString() {
        return String.join(" ", Arrays.copyOf(words, count)).toLowerCase(Locale.ROOT);
    }
}
