package dev.mosaic.core.internal.triage;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.care.Care;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Triage's word patterns, read from a reviewed text file ({@code triage-rules.txt}; its header explains the
 * format). A pattern is a short sequence of word slots; matching tries only the patterns whose first slot can take
 * the word at hand, and a pattern never looks past its sentence, so a message costs a few hash look-ups per word.
 * Immutable and thread-safe once built.
 */
final class Rules implements Tokens.Spelling {
    /** What a matching pattern says about the message. */
    enum Level {
        CRISIS, DISTRESS, NOT, PAST, RECOVERED, FIG, PRO, ONWARD, APP, SAFETY, RISK, CAREER, OFFTOPIC, VAGUE
    }

    /** One slot of a pattern. */
    static final class Slot {
        final Set<String> words;
        final String[] prefixes;
        final String[] suffixes;
        /** Several-word alternatives, such as "laid off". */
        final String[][] phrases;
        /** The same phrases by their first word, longest first, so that a slot tries only those that can fit. */
        final Map<String, String[][]> phrasesByFirst;
        final boolean number;
        final boolean any;
        final boolean optional;
        /** For a gap slot, the most words it skips (it may skip none); 0 for a word slot. */
        final int gap;
        /** Whether this slot only says "the sentence ends here" and takes no word. */
        final boolean end;
        /** For a gap slot, whether it may skip to any later sentence of the message. */
        final boolean anywhere;

        Slot(Set<String> words, String[] prefixes, String[] suffixes, String[][] phrases, boolean number, boolean any, boolean optional,
             int gap, boolean end, boolean anywhere) {
            this.words = words;
            this.prefixes = prefixes;
            this.suffixes = suffixes;
            this.phrases = phrases;
            Map<String, List<String[]>> byFirst = new HashMap<>();
            for (String[] phrase : phrases) {
                byFirst.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
            }
            Map<String, String[][]> frozen = new HashMap<>();
            byFirst.forEach((first, list) -> frozen.put(first, list.toArray(new String[0][])));
            this.phrasesByFirst = Map.copyOf(frozen);
            this.number = number;
            this.any = any;
            this.optional = optional;
            this.gap = gap;
            this.end = end;
            this.anywhere = anywhere;
        }

        boolean accepts(String word) {
            if (any || words.contains(word) || number && Tokens.isNumber(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            for (String suffix : suffixes) {
                if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One pattern with what it means. */
    record Rule(int id, Level level, Care.Kind kind, String frame, boolean self, boolean negatable,
                boolean needsNegation, int weight, Slot[] slots, Slot[] near, int window, int line, String text) {
    }

    /** Where a rule matched: words {@code from} (inclusive) to {@code to} (exclusive). */
    record Hit(Rule rule, int from, int to) {
    }

    private static final String[][] NO_PHRASES = new String[0][];

    /** Words that may trail a sentence without changing what it says. */
    private static final Set<String> TAIL = Set.of("honestly", "lol", "lmao", "haha", "tbh", "right", "now", "tho",
            "though", "really", "anymore", "x", "xx", "ok", "okay", "either", "too", "at", "all", "i", "guess",
            "think", "just", "sorry");

    private static final Set<String> NOT_NEGATING = Set.of("help", "know", "care", "understand", "see", "get",
            "mind", "remember", "knw", "kno");

    /** The frames a risk rule may name (see the risk section of the rule file). */
    static final List<String> FRAMES = List.of("means", "death", "intent", "prep", "hopeless", "selfharm", "abuse");

    private final Map<String, Rule[]> byFirstWord;
    /** Rules whose first slot takes words by their beginning ("manag*") or ending ("*ist"), by that affix. */
    private final Map<String, Rule[]> byPrefix;
    private final Map<String, Rule[]> bySuffix;
    private final int[] prefixLengths;
    private final int[] suffixLengths;
    private final Rule[] unindexed;
    /** Every rule, in the file's order. */
    private final Rule[] all;
    /** Caches, bounded by {@link #CACHE_LIMIT}: the candidate rules and the spelling of each word seen. */
    private final ConcurrentHashMap<String, Candidates> candidatesByWord =
            new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> spellingByWord =
            new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;
    private final Set<String> negators;
    private final Set<String> firstPerson;
    private final Set<String> otherPeople;
    private final Set<String> determiners;
    private final Set<String> prepositions;
    private final Set<String> quantities;
    /** Words that may stand between a determiner and a person at the start of a clause ("the new hire"). */
    private final Set<String> describers;
    private final Set<String> sayVerbs;
    private final Set<String> fillers;
    private final Set<String> hedges;
    private final Map<String, Set<String>> sets;
    private final Map<String, String> typos;
    /** Words that misspellings are corrected to, by first letter. */
    private final Map<Character, String[]> keywords;
    /** The care rules' words, by first letter, for misspellings that drop one letter. */
    private final Map<Character, String[]> droppedLetter;
    private final Set<String> known;
    final int size;

    private Rules(Map<String, Rule[]> byFirstWord, Map<String, Rule[]> byPrefix, Map<String, Rule[]> bySuffix,
                  Rule[] unindexed, Rule[] all, Map<String, Set<String>> sets,
                  Map<String, String> typos, Map<Character, String[]> keywords, Map<Character, String[]> droppedLetter,
                  int size) {
        this.byFirstWord = byFirstWord;
        this.byPrefix = byPrefix;
        this.bySuffix = bySuffix;
        this.prefixLengths = byPrefix.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
        this.suffixLengths = bySuffix.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
        this.unindexed = unindexed;
        this.all = all;
        this.negators = sets.getOrDefault("negator", Set.of());
        this.firstPerson = sets.getOrDefault("me", Set.of());
        this.otherPeople = sets.getOrDefault("other", Set.of());
        this.determiners = sets.getOrDefault("determiner", Set.of());
        this.prepositions = sets.getOrDefault("preposition", Set.of());
        this.quantities = sets.getOrDefault("quantity", Set.of());
        this.describers = sets.getOrDefault("describer", Set.of());
        this.sayVerbs = sets.getOrDefault("say", Set.of());
        this.fillers = sets.getOrDefault("filler", Set.of());
        this.hedges = sets.getOrDefault("hedge", Set.of());
        this.sets = sets;
        this.typos = typos;
        this.keywords = keywords;
        this.droppedLetter = droppedLetter;
        // A rule is filed under each of its first words, and many slots share one set: visit each rule and each
        // word set once (this runs at start-up).
        Set<Set<String>> wordSets = Collections.newSetFromMap(new IdentityHashMap<>());
        wordSets.addAll(sets.values());
        Set<Rule> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Rule[] rules : byFirstWord.values()) {
            for (Rule rule : rules) {
                if (seen.add(rule)) {
                    for (Slot slot : rule.slots) {
                        wordSets.add(slot.words);
                    }
                    for (Slot slot : rule.near) {
                        wordSets.add(slot.words);
                    }
                }
            }
        }
        Set<String> words = new HashSet<>(byFirstWord.keySet());
        wordSets.forEach(words::addAll);
        this.known = Set.copyOf(words);
        this.size = size;
    }

    /** {@return the named set, or an empty one} */
    Set<String> set(String name) {
        return sets.getOrDefault(name, Set.of());
    }

    /** Every match in the message, in order of their first word. */
    List<Hit> hits(Tokens tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.count; i++) {
            String next = i + 1 < tokens.count && tokens.sentence[i + 1] == tokens.sentence[i] ? tokens.words[i + 1]
                    : null;
            for (Rule rule : candidates(tokens.words[i]).given(next)) {
                tryAt(rule, tokens, i, hits);
            }
        }
        return hits;
    }

    /** Every match, found by trying every rule at every word: what {@link #hits} must find, for its test. */
    List<Hit> hitsTryingEveryRule(Tokens tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.count; i++) {
            for (Rule rule : all) {
                tryAt(rule, tokens, i, hits);
            }
        }
        return hits;
    }

    /**
     * The rules to try at one word, narrowed by the word after it: most rules that start with a common word ("i",
     * "not", "cant") need a particular second word ("i am on the bridge"), so only those whose second slot can take
     * the next word are tried. A rule whose second slot takes a number, a word's beginning or ending, or no word at
     * all, or whose first slot may start a phrase at this word, is always tried.
     */
    record Candidates(Map<String, Rule[]> byNext, Rule[] otherwise) {
        /** {@return the rules to try, given the next word of the sentence, or null at its end} */
        Rule[] given(String next) {
            Rule[] narrowed = next == null ? null : byNext.get(next);
            return narrowed != null ? narrowed : otherwise;
        }

        static Candidates of(String word, Rule[] all) {
            Set<String> nextWords = new HashSet<>();
            for (Rule rule : all) {
                Slot second = secondIfPlain(rule, word);
                if (second != null) {
                    nextWords.addAll(second.words);
                    nextWords.addAll(second.phrasesByFirst.keySet());
                }
            }
            Map<String, Rule[]> byNext = new HashMap<>();
            for (String next : nextWords) {
                byNext.put(next, narrow(word, all, next));
            }
            return new Candidates(Map.copyOf(byNext), narrow(word, all, null));
        }

        private static Rule[] narrow(String word, Rule[] all, String next) {
            List<Rule> kept = new ArrayList<>();
            for (Rule rule : all) {
                Slot second = secondIfPlain(rule, word);
                if (second == null || next != null
                        && (second.words.contains(next) || second.phrasesByFirst.containsKey(next))) {
                    kept.add(rule);
                }
            }
            return kept.toArray(new Rule[0]);
        }

        /**
         * {@return the rule's second slot when it must take the very next word and takes it only from its words and
         * phrases, the first slot having taken this word alone; otherwise null}
         */
        private static Slot secondIfPlain(Rule rule, String word) {
            if (rule.slots.length < 2 || rule.slots[0].phrasesByFirst.containsKey(word)) {
                return null;
            }
            Slot second = rule.slots[1];
            boolean plain = second.gap == 0 && !second.optional && !second.end && !second.any && !second.anywhere
                    && !second.number && second.prefixes.length == 0 && second.suffixes.length == 0;
            return plain ? second : null;
        }
    }

    /**
     * The rules whose first slot can take this word: by the word itself, by its beginning and ending, and those whose
     * first slot takes a number or any word, tried against the word once here. Worked out once per word and kept
     * (words repeat across messages far more than they vary), each rule once.
     */
    private Candidates candidates(String word) {
        Candidates known = candidatesByWord.get(word);
        if (known != null) {
            return known;
        }
        LinkedHashSet<Rule> found = new LinkedHashSet<>();
        addAll(found, byFirstWord.get(word));
        for (int length : prefixLengths) {
            if (length > word.length()) {
                break;
            }
            addAll(found, byPrefix.get(word.substring(0, length)));
        }
        for (int length : suffixLengths) {
            if (length + 2 >= word.length()) {
                break;
            }
            addAll(found, bySuffix.get(word.substring(word.length() - length)));
        }
        for (Rule rule : unindexed) {
            Slot first = rule.slots[0];
            if (first.accepts(word) || first.phrasesByFirst.containsKey(word)) {
                found.add(rule); // a number slot ("# hours a week") takes few words: keep it off the others
            }
        }
        Candidates candidates = Candidates.of(word, found.toArray(new Rule[0]));
        if (candidatesByWord.size() > CACHE_LIMIT) {
            candidatesByWord.clear(); // a flood of made-up words must not grow the cache without bound
        }
        candidatesByWord.put(word, candidates);
        return candidates;
    }

    private static void addAll(Set<Rule> into, Rule[] rules) {
        if (rules != null) {
            into.addAll(List.of(rules));
        }
    }

    private static void tryAt(Rule rule, Tokens tokens, int at, List<Hit> hits) {
        int sentence = tokens.sentence[at];
        int end = match(rule.slots, 0, tokens, at, sentence);
        if (end <= at) {
            return;
        }
        if (rule.window == 0) {
            hits.add(new Hit(rule, at, end));
            return;
        }
        // "A ~N B": B within N words of A, before or after it, in the same sentence.
        for (int p = Math.max(0, at - rule.window - 4); p <= end + rule.window && p < tokens.count; p++) {
            if (tokens.sentence[p] != sentence || p >= at && p < end) {
                continue;
            }
            int nearEnd = match(rule.near, 0, tokens, p, sentence);
            if (nearEnd > p && (nearEnd <= at || p >= end) && (p >= end || at - nearEnd <= rule.window)) {
                hits.add(new Hit(rule, Math.min(at, p), Math.max(end, nearEnd)));
                return;
            }
        }
    }

    private static int match(Slot[] slots, int s, Tokens tokens, int at, int sentence) {
        if (s == slots.length) {
            return at;
        }
        Slot slot = slots[s];
        if (slot.anywhere) {
            for (int next = at; next < tokens.count; next++) {
                int end = match(slots, s + 1, tokens, next, tokens.sentence[next]);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (slot.gap > 0) {
            for (int skip = 0; skip <= slot.gap; skip++) {
                int next = at + skip;
                if (next > tokens.count || skip > 0 && tokens.sentence[next - 1] != sentence) {
                    break;
                }
                int end = match(slots, s + 1, tokens, next, sentence);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (slot.end) {
            int next = at;
            while (next < tokens.count && tokens.sentence[next] == sentence && TAIL.contains(tokens.words[next])) {
                next++; // "... like this ngl", "... anymore tbh": a filler does not keep the sentence going
            }
            return next == tokens.count || tokens.sentence[next] != sentence ? match(slots, s + 1, tokens, at, sentence)
                    : -1;
        }
        if (at < tokens.count && tokens.sentence[at] == sentence) {
            String[][] candidates = slot.phrasesByFirst.isEmpty() ? null : slot.phrasesByFirst.get(tokens.words[at]);
            for (String[] phrase : candidates == null ? NO_PHRASES : candidates) {
                if (phraseAt(phrase, tokens, at, sentence)) {
                    int end = match(slots, s + 1, tokens, at + phrase.length, sentence);
                    if (end >= 0) {
                        return end;
                    }
                }
            }
            if (slot.accepts(tokens.words[at])) {
                int end = match(slots, s + 1, tokens, at + 1, sentence);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return slot.optional ? match(slots, s + 1, tokens, at, sentence) : -1;
    }

    private static boolean phraseAt(String[] phrase, Tokens tokens, int at, int sentence) {
        if (at + phrase.length > tokens.count || tokens.sentence[at + phrase.length - 1] != sentence) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(tokens.words[at + k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word shortly before the match, in its clause, negates it ("I'm not suicidal"). "Not" before "stop",
     * "know" and the like does not ("I can't stop crying", "I don't know why I want to die").
     */
    boolean negated(Tokens tokens, Hit hit) {
        int clause = tokens.clause[hit.from()];
        int counted = 0;
        for (int i = hit.from() - 1; i >= 0 && counted < 3 && tokens.clause[i] == clause; i--) {
            if (negators.contains(tokens.words[i]) && !NOT_NEGATING.contains(tokens.words[i + 1])
                    && !tokens.words[i + 1].startsWith("stop")) {
                return true;
            }
            if (!tokens.words[i].equals("or") && !tokens.words[i].equals("nor")) {
                counted++; // "not feeling empty or numb": the negation reaches across "or"
            }
        }
        // "I wouldn't say I'm burned out", "I don't think I'm depressed": a negated verb of saying or thinking,
        // then only small words before the match.
        int i = hit.from() - 1;
        while (i >= 0 && tokens.clause[i] == clause && fillers.contains(tokens.words[i])) {
            i--;
        }
        return i >= 1 && tokens.clause[i] == clause && hedges.contains(tokens.words[i])
                && negators.contains(tokens.words[i - 1]);
    }

    /**
     * {@return where the verb that reports a quoted match stands ('my colleague says "I want to die"': says), or -1
     * when the match is not quoted or nothing says it}
     */
    private int sayVerb(Tokens tokens, Hit hit) {
        if (!tokens.quoted[hit.from()]) {
            return -1;
        }
        int sentence = tokens.sentence[hit.from()];
        int open = hit.from();
        while (open > 0 && tokens.quoted[open - 1] && tokens.sentence[open - 1] == sentence) {
            open--;
        }
        for (int i = open - 1; i >= 0 && i >= open - 4 && tokens.sentence[i] == sentence; i--) {
            if (sayVerbs.contains(tokens.words[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return whether a quoted match is someone else's words ('my coworker keeps saying "I'm going to kms"'), even
     * though its own words are the speaker's "I" and "myself"}
     */
    boolean saidBySomeoneElse(Tokens tokens, Hit hit) {
        int say = sayVerb(tokens, hit);
        if (say < 0) {
            return false;
        }
        for (int i = say - 1; i >= 0 && tokens.sentence[i] == tokens.sentence[say]
                && tokens.clause[i] == tokens.clause[say]; i--) {
            Boolean someoneElse = person(tokens, i, false);
            if (someoneElse != null) {
                return someoneElse;
            }
        }
        return false;
    }

    /** Pronouns after which a job word is what someone does, not who: "I cook", "we nurse", "they clean". */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "they");

    /**
     * Whether the person the match is about is someone else: the nearest person named before it in its sentence is
     * another person ("my coworker cries") rather than the writer ("I", "me", or nobody named).
     */
    boolean aboutSomeoneElse(Tokens tokens, Hit hit) {
        boolean theirs = false;
        // only the clause the match starts in: "bruises ... when I asked about her boyfriend" is not the writer's
        for (int i = hit.from(); i < hit.to() && tokens.clause[i] == tokens.clause[hit.from()]; i++) {
            if (firstPerson.contains(tokens.words[i]) && !COLLECTIVE.contains(tokens.words[i])) {
                if (i + 1 < hit.to() && otherPeople.contains(tokens.words[i + 1])) {
                    theirs = true; // "bruises on my colleague's arms": my colleague's, not mine
                    continue;
                }
                return false; // "lost my job", "switched me off"; not "cried in our 1:1", which says where
            }
            theirs |= THIRD_PERSON_AFTER.contains(tokens.words[i]); // "sacked from his first job today"
        }
        if (theirs) {
            return true;
        }
        int sentence = tokens.sentence[hit.from()];
        int say = sayVerb(tokens, hit);
        boolean reported = say >= 0;
        int from = reported ? say - 1 : hit.from() - 1;
        int clause = reported ? tokens.clause[Math.max(from, 0)] : tokens.clause[hit.from()];
        int i = from;
        for (; i >= 0 && tokens.sentence[i] == sentence && (reported || tokens.clause[i] == clause); i--) {
            Boolean someoneElse = person(tokens, i, reported || !tokens.quoted[hit.from()]);
            if (someoneElse != null) {
                return someoneElse;
            }
        }
        if (reported) {
            return false;
        }
        // "crying at her desk", "sacked from his first job": whose it is, just after the match.
        for (int k = hit.to(); k < tokens.count && k < hit.to() + 4 && tokens.clause[k] == clause; k++) {
            String word = tokens.words[k];
            if (THIRD_PERSON_AFTER.contains(word)) {
                return true;
            }
            if (word.equals("my") || word.equals("me") || word.equals("myself")) {
                return false;
            }
        }
        if (i < 0 || tokens.sentence[i] != sentence) {
            return false; // nobody named: the writer
        }
        // "my roommate got fired today and keeps crying", "one of the lads on my crew has been quiet and shaky": the
        // subject of the clause before carries over, if it stands at its start ("forgot to give someone her tablets
        // and sat in my car" is still the writer).
        int previous = tokens.clause[i];
        int start = i;
        while (start > 0 && tokens.clause[start - 1] == previous) {
            start--;
        }
        for (int k = i; k > start; k--) {
            if (tokens.words[k].equals("who") && Boolean.TRUE.equals(person(tokens, k - 1, true))) {
                return true; // "a junior who seems checked out and numb": the clause goes on about the junior
            }
        }
        for (int k = start; k <= i && k < start + 5; k++) {
            Boolean someoneElse = person(tokens, k, true);
            if (someoneElse != null) {
                return someoneElse;
            }
            String word = tokens.words[k];
            if (!determiners.contains(word) && !quantities.contains(word) && !prepositions.contains(word)
                    && !describers.contains(word) && !Tokens.isNumber(word) && !sayVerbs.contains(word)) {
                return false; // the clause starts with a verb: its subject is the writer, left out
            }
        }
        return false;
    }

    private static final Set<String> COLLECTIVE = Set.of("we", "us", "our", "ours");
    private static final Set<String> THIRD_PERSON_AFTER = Set.of("her", "his", "their", "him", "them", "herself",
            "himself", "themselves");

    /** Whether the word at {@code i} names the writer (false), someone else (true), or no person (null). */
    private Boolean person(Tokens tokens, int i, boolean skipQuoted) {
        String word = tokens.words[i];
        if (tokens.quoted[i] && skipQuoted) {
            return null; // someone else's words do not say who this sentence is about
        }
        if (firstPerson.contains(word)) {
            boolean possessive = word.equals("my") || word.equals("our");
            if (possessive && (i > 0 && prepositions.contains(tokens.words[i - 1])
                    || i + 1 < tokens.count && otherPeople.contains(tokens.words[i + 1]))) {
                return null; // "a lad on my wing", "my roommate got fired": the sentence is not about me
            }
            return false;
        }
        if (otherPeople.contains(word) && !describesWriter(tokens, i)
                && (!objectOfPreposition(tokens, i) || doesNext(tokens, i))
                && !(i > 0 && SUBJECTS.contains(tokens.words[i - 1]))) {
            return true;
        }
        return null; // no person at i (a job word after "I" is a verb: "now I cook on autopilot"): the caller reads on
    }

    /** Whether the person word at {@code i} does what follows it: "a call from a man threatening suicide". */
    private static boolean doesNext(Tokens tokens, int i) {
        return i + 1 < tokens.count && tokens.clause[i + 1] == tokens.clause[i] && tokens.words[i + 1].length() > 4
                && tokens.words[i + 1].endsWith("ing");
    }

    /**
     * Whether the person word at {@code i} follows a preposition ("in front of 200 students", "with my team"), and so
     * is not who the sentence is about; "one of my cashiers" still is.
     */
    private boolean objectOfPreposition(Tokens tokens, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && (determiners.contains(tokens.words[k]) || Tokens.isNumber(tokens.words[k]))) {
            k--; // "with my team", "of 200 students"
        }
        if (k < 0 || !prepositions.contains(tokens.words[k])) {
            return false;
        }
        return !(tokens.words[k].equals("of") && k > 0 && quantities.contains(tokens.words[k - 1]));
    }

    /** Whether the person word at {@code i} is the writer's own job: "I am a nurse", "as a teacher", "work as a chef". */
    private static boolean describesWriter(Tokens tokens, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && tokens.clause[k] == tokens.clause[i] && !tokens.words[k].equals("a")
                && !tokens.words[k].equals("an")) {
            k--; // "a night shift nurse"
        }
        if (k < 1 || i - k > 3 || tokens.clause[k] != tokens.clause[i]) {
            return false; // "I'm a manager and someone on my team": the "a" belongs to the clause before
        }
        String before = tokens.words[k - 1];
        return before.equals("am") || before.equals("as") || before.equals("was") || before.equals("im");
    }

    @Override
    public String correct(String word) {
        String cached = spellingByWord.get(word);
        if (cached != null) {
            return cached;
        }
        String corrected = correctNow(word);
        if (spellingByWord.size() > CACHE_LIMIT) {
            spellingByWord.clear();
        }
        spellingByWord.put(word, corrected);
        return corrected;
    }

    private String correctNow(String word) {
        String fixed = typos.get(word);
        if (fixed != null) {
            return fixed;
        }
        if (word.length() < 5 || known.contains(word)) {
            return word;
        }
        String[] dropped = droppedLetter.get(word.charAt(0));
        if (dropped != null) {
            for (String keyword : dropped) {
                if (keyword.length() == word.length() + 1 && oneLetterMissing(word, keyword)) {
                    return keyword; // "kiling", "harmd": a letter of a word the care rules know went missing
                }
            }
        }
        if (word.length() < 6) {
            return word;
        }
        String[] candidates = keywords.get(word.charAt(0));
        if (candidates == null) {
            return word;
        }
        int allowed = word.length() >= 9 ? 2 : 1;
        for (String keyword : candidates) {
            if (Math.abs(keyword.length() - word.length()) <= allowed && distance(word, keyword, allowed) <= allowed) {
                return keyword;
            }
        }
        return word;
    }

    private static boolean oneLetterMissing(String word, String keyword) {
        int i = 0;
        while (i < word.length() && word.charAt(i) == keyword.charAt(i)) {
            i++;
        }
        return word.regionMatches(i, keyword, i + 1, word.length() - i);
    }

    /** Optimal string alignment distance, giving up once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int best = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                best = Math.min(best, value);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /**
     * Reads the rules.
     *
     * @param lines the file's lines
     * @param name the file's name, for error messages
     * @throws MosaicException naming the line when a rule cannot be read
     */
    static Rules parse(List<String> lines, String name) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        Map<String, String> typos = new HashMap<>();
        Set<String> keywordSet = new HashSet<>();
        List<Rule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            int lineNumber = n + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "set" -> {
                    need(words.length >= 3, name, lineNumber, "a set needs a name and at least one word");
                    Set<String> set = sets.computeIfAbsent(words[1], k -> new HashSet<>());
                    for (int k = 2; k < words.length; k++) {
                        if (words[k].startsWith("@")) {
                            Set<String> included = sets.get(words[k].substring(1));
                            need(included != null, name, lineNumber, "unknown set " + words[k]);
                            set.addAll(included);
                        } else {
                            set.add(words[k]);
                        }
                    }
                }
                case "typo" -> {
                    for (int k = 1; k < words.length; k++) {
                        String[] pair = words[k].split("=");
                        need(pair.length == 2, name, lineNumber, "a typo is written wrong=right, was " + words[k]);
                        typos.put(pair[0], pair[1]);
                    }
                }
                case "spell" -> {
                    for (int k = 1; k < words.length; k++) {
                        keywordSet.add(words[k]);
                    }
                }
                default -> rules.add(rule(rules.size(), line, sets, name, lineNumber));
            }
        }
        Map<String, List<Rule>> index = new HashMap<>();
        Map<String, List<Rule>> prefixIndex = new HashMap<>();
        Map<String, List<Rule>> suffixIndex = new HashMap<>();
        List<Rule> unindexed = new ArrayList<>();
        for (Rule rule : rules) {
            Slot first = rule.slots()[0];
            if (first.any || first.number) {
                unindexed.add(rule); // a number or any word first: filtered per word in candidates(...)
                continue;
            }
            for (String prefix : first.prefixes) {
                prefixIndex.computeIfAbsent(prefix, k -> new ArrayList<>()).add(rule);
            }
            for (String suffix : first.suffixes) {
                suffixIndex.computeIfAbsent(suffix, k -> new ArrayList<>()).add(rule);
            }
            Set<String> firstWords = new HashSet<>(first.words);
            for (String[] phrase : first.phrases) {
                firstWords.add(phrase[0]);
            }
            for (String word : firstWords) {
                index.computeIfAbsent(word, k -> new ArrayList<>()).add(rule);
            }
        }
        Map<String, Rule[]> frozen = freeze(index);
        // A misspelling that drops a letter of a word the care rules look for is read as that word ("kiling" as
        // killing, "harmd" as harmed). Other edits are corrected only towards the words on 'spell' lines: "grouped"
        // is not "groped", nor "crimes" "cries".
        Set<Set<String>> careWordSets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Rule rule : rules) {
            if (rule.level() == Level.CRISIS || rule.level() == Level.DISTRESS || rule.level() == Level.RISK) {
                for (Slot slot : concat(rule.slots(), rule.near())) {
                    careWordSets.add(slot.words);
                }
            }
        }
        Set<String> careWords = new HashSet<>();
        for (Set<String> words : careWordSets) {
            for (String word : words) {
                if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                    careWords.add(word);
                }
            }
        }
        Map<Character, List<String>> byLetter = new HashMap<>();
        for (String keyword : keywordSet) {
            byLetter.computeIfAbsent(keyword.charAt(0), k -> new ArrayList<>()).add(keyword);
        }
        Map<Character, String[]> keywords = new HashMap<>();
        byLetter.forEach((letter, list) -> keywords.put(letter, list.stream().sorted().toArray(String[]::new)));
        Map<String, Set<String>> frozenSets = new HashMap<>();
        sets.forEach((k, v) -> frozenSets.put(k, Set.copyOf(v)));
        Map<Character, String[]> dropped = new HashMap<>();
        careWords.stream().collect(Collectors.groupingBy(word -> word.charAt(0)))
                .forEach((letter, list) -> dropped.put(letter, list.stream().sorted().toArray(String[]::new)));
        return new Rules(frozen, freeze(prefixIndex), freeze(suffixIndex), unindexed.toArray(new Rule[0]),
                rules.toArray(new Rule[0]), frozenSets,
                Map.copyOf(typos), Map.copyOf(keywords), Map.copyOf(dropped), rules.size());
    }

    private static List<Slot> concat(Slot[] a, Slot[] b) {
        List<Slot> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all;
    }

    private static Map<String, Rule[]> freeze(Map<String, List<Rule>> index) {
        Map<String, Rule[]> frozen = new HashMap<>();
        index.forEach((key, list) -> frozen.put(key, list.stream().distinct().toArray(Rule[]::new)));
        return Map.copyOf(frozen);
    }

    private static Rule rule(int id, String line, Map<String, Set<String>> sets, String name, int lineNumber) {
        int colon = line.indexOf(" : ");
        need(colon > 0, name, lineNumber, "a rule is written 'level [kind] [flags] : pattern'");
        String[] head = line.substring(0, colon).strip().split("\\s+");
        Level level;
        try {
            level = Level.valueOf(head[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(name, lineNumber, "unknown level '" + head[0] + "'");
        }
        Care.Kind kind = null;
        String frame = null;
        boolean self = false;
        boolean negatable = true;
        boolean needsNegation = false;
        int weight = 1;
        for (int k = 1; k < head.length; k++) {
            switch (head[k]) {
                case "self" -> self = true;
                case "noneg" -> negatable = false;
                case "needneg" -> needsNegation = true;
                case "2", "3", "4" -> weight = Integer.parseInt(head[k]);
                default -> {
                    if (level == Level.RISK) {
                        need(FRAMES.contains(head[k]), name, lineNumber, "unknown risk frame '" + head[k]
                                + "'; frames: " + String.join(", ", FRAMES));
                        frame = head[k];
                        continue;
                    }
                    try {
                        kind = Care.Kind.valueOf(head[k].toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw problem(name, lineNumber, "unknown kind or flag '" + head[k] + "'");
                    }
                }
            }
        }
        boolean care = level == Level.CRISIS || level == Level.DISTRESS;
        need(care == (kind != null), name, lineNumber, care ? "a care rule needs a kind" : "only care rules have a kind");
        need((level == Level.RISK) == (frame != null), name, lineNumber,
                level == Level.RISK ? "a risk rule needs a frame" : "only risk rules have a frame");
        need(kind == null || kind.level().name().equals(level.name()), name, lineNumber,
                "kind " + head[head.length - 1] + " does not belong to " + head[0]);
        String pattern = line.substring(colon + 3).strip();
        List<Slot> slots = new ArrayList<>();
        List<Slot> near = new ArrayList<>();
        int window = 0;
        for (String part : pattern.split("\\s+")) {
            if (part.startsWith("~")) {
                need(window == 0 && !slots.isEmpty(), name, lineNumber, "a pattern takes one ~N, between two parts");
                window = parseGap(part.substring(1), name, lineNumber);
                continue;
            }
            (window == 0 ? slots : near).add(slot(part, sets, name, lineNumber));
        }
        need(window == 0 || !near.isEmpty(), name, lineNumber, "~N must be followed by what has to be near");
        need(!slots.isEmpty() && slots.get(0).gap == 0 && !slots.get(0).optional && !slots.get(0).end, name,
                lineNumber, "a pattern must start with a word that is not optional");
        need(slots.get(slots.size() - 1).gap == 0, name, lineNumber, "a pattern must not end with a gap");
        return new Rule(id, level, kind, frame, self, negatable && !needsNegation, needsNegation, weight,
                slots.toArray(new Slot[0]), near.toArray(new Slot[0]), window, lineNumber, pattern);
    }

    private static Slot slot(String part, Map<String, Set<String>> sets, String name, int lineNumber) {
        if (part.equals("...")) {
            return new Slot(Set.of(), new String[0], new String[0], new String[0][], false, false, false, Integer.MAX_VALUE, false,
                    true);
        }
        if (part.startsWith("..")) {
            int gap = part.length() == 2 ? 3 : parseGap(part.substring(2), name, lineNumber);
            return new Slot(Set.of(), new String[0], new String[0], new String[0][], false, false, false, gap, false, false);
        }
        if (part.equals("$")) {
            return new Slot(Set.of(), new String[0], new String[0], new String[0][], false, false, false, 0, true, false);
        }
        boolean optional = part.startsWith("[") && part.endsWith("]");
        String body = optional ? part.substring(1, part.length() - 1) : part;
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<String[]> phrases = new ArrayList<>();
        boolean number = false;
        boolean any = false;
        for (String alternative : body.split("\\|")) {
            need(!alternative.isEmpty(), name, lineNumber, "empty alternative in '" + part + "'");
            if (alternative.equals("#")) {
                number = true;
            } else if (alternative.equals("_")) {
                any = true;
            } else if (alternative.startsWith("@")) {
                Set<String> set = sets.get(alternative.substring(1));
                need(set != null, name, lineNumber, "unknown set " + alternative + " (define it above its first use)");
                for (String item : set) {
                    addWord(item, words, prefixes, suffixes, phrases);
                }
            } else {
                need(alternative.chars().allMatch(c -> c == '*' || c == '_' || Character.isLowerCase(c)
                        || Character.isDigit(c)), name, lineNumber, "'" + alternative
                        + "' must be lowercase letters and digits");
                addWord(alternative, words, prefixes, suffixes, phrases);
            }
        }
        phrases.sort((a, b) -> b.length - a.length); // the longest phrase first
        return new Slot(Set.copyOf(words), prefixes.toArray(new String[0]), suffixes.toArray(new String[0]),
                phrases.toArray(new String[0][]), number,
                any, optional, 0, false, false);
    }

    private static void addWord(String item, Set<String> words, List<String> prefixes, List<String> suffixes,
                                List<String[]> phrases) {
        if (item.startsWith("*")) {
            suffixes.add(item.substring(1));
        } else if (item.endsWith("*")) {
            prefixes.add(item.substring(0, item.length() - 1));
        } else if (item.contains("_")) {
            phrases.add(item.split("_"));
        } else {
            words.add(item);
        }
    }

    private static int parseGap(String text, String name, int lineNumber) {
        try {
            int gap = Integer.parseInt(text);
            need(gap >= 1 && gap <= 12, name, lineNumber, "a gap is 1 to 12 words");
            return gap;
        } catch (NumberFormatException e) {
            throw problem(name, lineNumber, "a gap is '..', '..N' or '~N', was " + text);
        }
    }

    private static void need(boolean condition, String name, int lineNumber, String message) {
        if (!condition) {
            throw problem(name, lineNumber, message);
        }
    }

    private static MosaicException problem(String name, int lineNumber, String message) {
        return new MosaicException(MosaicException.Code.INVALID_TRIAGE_RULES, name + ":" + lineNumber + ": " + message);
    }
}
