package dev.mosaic.core.internal.triage;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.care.Care;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a message before anything else does and says whether the person is in crisis, in distress, writing about
 * something other than work, too vague to answer yet, or asking for coaching. Internal (not exported): the coach
 * calls it first on every turn.
 *
 * <p>Word patterns from {@code triage-rules.txt} find what a message says; a pattern does not count when a word just
 * before it negates it ("I'm not suicidal"), when it is about someone else ("my coworker cries after meetings"), or
 * when a figurative phrase covers it ("this job is killing me", "career suicide"). Crisis outranks distress, and both
 * outrank the topic. Immutable and thread-safe; a message costs a few microseconds.
 */
public final class Triage {
    private static final String RULES = "triage-rules.txt";
    /** Crisis kinds from the most urgent down: the reply answers the first one a message shows. */
    private static final List<Care.Kind> CRISIS_ORDER = List.of(Care.Kind.DANGER, Care.Kind.SUICIDE,
            Care.Kind.SELF_HARM, Care.Kind.ABUSE, Care.Kind.SOMEONE_AT_RISK);
    /** Distress kinds from the one whose caring step matters most down (chest pains need a doctor first). */
    private static final List<Care.Kind> DISTRESS_ORDER = List.of(Care.Kind.PHYSICAL, Care.Kind.PANIC,
            Care.Kind.JOB_LOSS, Care.Kind.CRYING, Care.Kind.EXHAUSTION, Care.Kind.NUMB, Care.Kind.OVERWHELMED);

    private final Rules rules;
    private final Set<String> stop;

    /** {@return the word the rules read for a word as written: itself, or the word a misspelling stands for} */
    String reads(String word) {
        return rules.correct(word);
    }

    private Triage(Rules rules) {
        this.rules = rules;
        this.stop = rules.set("stop");
    }

    /** {@return the triage with the bundled, reviewed rules} */
    public static Triage bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Starts reading the bundled rules on a daemon thread, so that start-up does not wait for them (about 0.15 s on a
     * cold JVM); a message that arrives before they are read waits for them. Only the first call starts a thread.
     */
    public static void loadInBackground() {
        if (LOADING.getAndSet(true)) {
            return;
        }
        Thread loader = new Thread(Triage::bundled, "mosaic-triage-rules");
        loader.setDaemon(true);
        loader.start();
    }

    private static final AtomicBoolean LOADING = new AtomicBoolean();

    private static final class Holder {
        static final Triage BUNDLED = new Triage(Rules.parse(readBundled(), RULES));
    }

    /**
     * A triage with rules of your own, in the bundled file's format (for tests of the format).
     *
     * @param lines the rule file's lines
     * @param name its name, for error messages
     * @return the triage
     */
    public static Triage of(List<String> lines, String name) {
        return new Triage(Rules.parse(List.copyOf(lines), Objects.requireNonNull(name, "name")));
    }

    /** {@return how many patterns the rules hold} */
    public int size() {
        return rules.size;
    }

    /**
     * {@return whether the message asks about Mosaic itself ("am I talking to a real person or a bot?", "who made this
     * app?"), by the rules' {@code app} patterns}
     *
     * @param message what the person wrote
     */
    public boolean asksAboutMosaic(String message) {
        Objects.requireNonNull(message, "message");
        Tokens tokens = Tokens.of(message, rules);
        for (Rules.Hit hit : rules.hits(tokens)) {
            if (hit.rule().level() == Rules.Level.APP && !(hit.rule().negatable() && rules.negated(tokens, hit))) {
                return true;
            }
        }
        return false;
    }

    /** {@return every pattern that matched the message, one per line, for reviewing the rules} */
    public String explain(String message) {
        Tokens tokens = Tokens.of(message, rules);
        StringBuilder out = new StringBuilder(tokens.toString()).append('\n');
        for (Rules.Hit hit : rules.hits(tokens)) {
            out.append(hit.rule().level()).append(' ').append(hit.rule().kind() == null ? "" : hit.rule().kind())
                    .append(" line ").append(hit.rule().line()).append(": ")
                    .append(tokens.original(message, hit.from(), hit.to())).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads one message.
     *
     * @param message what the person wrote
     * @return the verdict, the care kind for crisis and distress, and the words that decided it
     */
    public TriageResult assess(String message) {
        Objects.requireNonNull(message, "message");
        Tokens tokens = Tokens.of(message, rules);
        List<Rules.Hit> hits = rules.hits(tokens);
        Rules.Hit crisis = null;
        Rules.Hit distress = null;
        Risk risk = new Risk();
        boolean recovered = false;
        for (Rules.Hit hit : hits) {
            recovered |= hit.rule().level() == Rules.Level.RECOVERED;
        }
        boolean explained = false; // words of care found and explained away
        // "bye for now", "I'll message again after the interview": a plan to carry on; a question about the app; a
        // question about safety or rights at work: none of them for the nearest labelled messages to give care
        boolean leftToRules = false;
        int career = 0;
        int offTopic = tokens.arithmetic ? 2 : 0;
        int vague = 0;
        for (Rules.Hit hit : hits) {
            switch (hit.rule().level()) {
                case CRISIS, DISTRESS -> {
                    boolean someoneElses = hit.rule().kind() == Care.Kind.SOMEONE_AT_RISK
                            || rules.saidBySomeoneElse(tokens, hit);
                    if (!counts(hit, hits, tokens, recovered) || tokens.joking && someoneElses) {
                        explained = true;
                        continue; // "she says 'I want to die' whenever the printer jams, lol"
                    }
                    if (hit.rule().level() == Rules.Level.CRISIS) {
                        crisis = moreUrgentCrisis(crisis, hit);
                    } else {
                        distress = moreUrgentDistress(distress, hit, tokens);
                    }
                }
                case CAREER -> career += hit.rule().weight();
                case OFFTOPIC -> offTopic += hit.rule().weight();
                case VAGUE -> vague += hit.rule().weight();
                case RISK -> {
                    if (counts(hit, hits, tokens, recovered)) {
                        risk.add(hit);
                    }
                }
                // not when negated: "won't talk again"
                case ONWARD, APP, SAFETY -> leftToRules |= !(hit.rule().negatable() && rules.negated(tokens, hit));
                case NOT, PAST, RECOVERED, FIG, PRO -> {
                }
            }
        }
        if (crisis != null) {
            return care(crisis, message, tokens);
        }
        Optional<Care.Kind> fromRisk = risk.crisis();
        if (fromRisk.isPresent()) {
            Rules.Hit cue = risk.first();
            return new TriageResult(Verdict.CRISIS, fromRisk, tokens.original(message, cue.from(), cue.to()),
                    cue.rule().line(), true);
        }
        if (distress != null) {
            return care(distress, message, tokens);
        }
        boolean signs = risk.any();
        // A goodbye that plans to come back sits among the farewells of crisis messages that hide one in a thank-you,
        // a question about safety at work among abuse at work; with no sign of risk at all, the nearest labelled
        // messages add no care to either (as to words explained away).
        explained |= leftToRules && !signs;
        if (2 * offTopic > 2 * career + vague) { // a vague word ("ok", "ideas") weighs half a topic word
            return TriageResult.of(Verdict.OFF_TOPIC, signs, false, explained);
        }
        if (career > 0) {
            return TriageResult.of(Verdict.COACHING, signs, false, explained);
        }
        if (vague == 0 && asksAboutSomething(tokens)) {
            return TriageResult.of(Verdict.OFF_TOPIC, signs, true, explained);
        }
        return TriageResult.of(Verdict.VAGUE, signs, false, explained);
    }

    /**
     * Whether a message with no word about work or about how the person is asks about something else: it is a
     * question or a request (a question mark, or a clause that opens with a question word) and names at least two
     * things ("how often should I walk a border collie"). A message about the person with no question ("just need to
     * vent a bit") is vague, not off-topic.
     */
    private boolean asksAboutSomething(Tokens tokens) {
        if (tokens.count == 0) {
            return false;
        }
        Set<String> ask = rules.set("ask");
        boolean request = tokens.question || ask.contains(tokens.words[0]);
        for (int i = 1; i < tokens.count && !request; i++) {
            // a question after a comma, with its mark left off: "my basil keeps dying, what am I doing wrong"
            request = tokens.clause[i] != tokens.clause[i - 1] && ask.contains(tokens.words[i]);
        }
        if (!request) {
            return false;
        }
        int content = 0;
        for (int i = 0; i < tokens.count; i++) {
            if (!stop.contains(tokens.words[i]) && !Tokens.isNumber(tokens.words[i])) {
                content++;
            }
        }
        return content >= 2;
    }

    /**
     * Signs of risk by frame. One sign is never enough; a crisis needs signs that fit together: a means with death,
     * intent, preparation or hopelessness; death with intent, preparation or hopelessness; two different
     * preparations, or a preparation with hopelessness or intent; hopelessness with intent; two different signs of
     * self-harm; two different signs of abuse.
     */
    private static final class Risk {
        private final Map<String, Set<Integer>> rulesByFrame = new HashMap<>();
        private Rules.Hit first;

        void add(Rules.Hit hit) {
            rulesByFrame.computeIfAbsent(hit.rule().frame(), f -> new HashSet<>()).add(hit.rule().line());
            first = first == null ? hit : first;
        }

        boolean any() {
            return first != null;
        }

        Rules.Hit first() {
            return first;
        }

        private int count(String frame) {
            return rulesByFrame.getOrDefault(frame, Set.of()).size();
        }

        private boolean has(String frame) {
            return count(frame) > 0;
        }

        Optional<Care.Kind> crisis() {
            boolean death = has("death");
            boolean intent = has("intent");
            boolean prep = has("prep");
            boolean hopeless = has("hopeless");
            if (has("means") && (death || intent || prep || hopeless) || death && (intent || prep || hopeless)
                    || count("prep") >= 2 || prep && (hopeless || intent) || hopeless && intent) {
                return Optional.of(Care.Kind.SUICIDE);
            }
            if (count("selfharm") >= 2) {
                return Optional.of(Care.Kind.SELF_HARM);
            }
            if (count("abuse") >= 2) {
                return Optional.of(Care.Kind.ABUSE);
            }
            return Optional.empty();
        }
    }

    private boolean counts(Rules.Hit hit, List<Rules.Hit> hits, Tokens tokens, boolean recovered) {
        boolean aboutSomeoneElse = hit.rule().kind() == Care.Kind.SOMEONE_AT_RISK;
        for (Rules.Hit other : hits) {
            if (other.rule().level() == Rules.Level.NOT && other.from() < hit.to() && hit.from() < other.to()) {
                return false;
            }
            if (other.rule().level() == Rules.Level.FIG && tokens.sentence[other.from()] == tokens.sentence[hit.from()]
                    && !turnsBetween(tokens, other.from(), hit.from()) && !markerDenied(tokens, other)) {
                return false; // "...kill me (not literally lol) but honestly I want to unalive myself": the "but" turns
            }
            if (other.rule().level() == Rules.Level.PRO && aboutSomeoneElse) {
                return false; // a nurse on a patient's overdose, a teacher on a pupil's self-harm: their work
            }
            if (other.rule().level() == Rules.Level.PAST && sameTime(tokens, other.from(), hit.from())
                    && (hit.rule().level() == Rules.Level.DISTRESS || recovered)
                    && !(other.from() < hit.from() && turnsBetween(tokens, other.from(), hit.from()))) {
                return false; // "years ago I had a panic attack"; "I used to self-harm, I've been fine for years";
                // "I was sick every morning, but that was 5 years ago"; not "it went to court in 2022 but he's
                // started following me home again", where the "but" turns from that time to now
            }
        }
        if (hit.rule().negatable() && rules.negated(tokens, hit)
                || hit.rule().needsNegation() && !rules.negated(tokens, hit)) {
            return false;
        }
        return !(hit.rule().self() && rules.aboutSomeoneElse(tokens, hit));
    }

    /** Whether a marker of figurative speech is denied: "killing me (figuratively lol) but also not figuratively". */
    private static boolean markerDenied(Tokens tokens, Rules.Hit marker) {
        return marker.from() > 0 && DENIALS.contains(tokens.words[marker.from() - 1]);
    }

    private static final java.util.Set<String> DENIALS = java.util.Set.of("not", "nor", "never");

    /** Whether a "but" (or "however", "though") stands between two places in a sentence. */
    private static boolean turnsBetween(Tokens tokens, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (TURNS.contains(tokens.words[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TURNS = Set.of("but", "however", "though", "although");

    /**
     * Whether a time word at {@code time} sets the time of the match at {@code at}: in its clause, in the clause just
     * before it when the match's clause begins with "and" ("a few years ago I was in a dark place and attempted
     * suicide") or "including", or in the clause just after it when that one points back ("I was sick every morning,
     * but that was five years ago"); a time that opens a sentence sets the time of all of it ("Back in 2019 I managed a
     * restaurant and fell apart: stopped sleeping, had panic attacks").
     */
    private static boolean sameTime(Tokens tokens, int time, int at) {
        int clause = tokens.clause[at];
        boolean sameSentence = tokens.sentence[time] == tokens.sentence[at];
        return tokens.clause[time] == clause
                || tokens.coordinated.get(clause) && tokens.clause[time] == clause - 1 && sameSentence
                || tokens.clause[time] == clause + 1 && sameSentence && looksBack(tokens, clause + 1)
                || sameSentence && (time == 0 || tokens.sentence[time - 1] != tokens.sentence[time]);
    }

    /** Whether a clause opens by pointing back at the one before it: "..., but that was five years ago". */
    private static boolean looksBack(Tokens tokens, int clause) {
        int first = 0;
        while (first < tokens.count && tokens.clause[first] != clause) {
            first++;
        }
        return first + 1 < tokens.count && tokens.clause[first + 1] == clause
                && BACK.contains(tokens.words[first]) && (tokens.words[first + 1].equals("was")
                        || tokens.words[first + 1].equals("were"));
    }

    private static final Set<String> BACK = Set.of("that", "this", "it", "which", "all");

    /**
     * The more urgent of two distress matches by {@link #DISTRESS_ORDER}, but a job lost today outranks the body's
     * reaction to it ("laid off this morning, I can't stop shaking"): the reply
     * names the loss and says that feeling shaken is normal, where the body's reply would send them to a doctor and
     * never mention the job. Not when the body needs a doctor today (chest pains, a racing heart, not breathing).
     */
    private static Rules.Hit moreUrgentDistress(Rules.Hit current, Rules.Hit candidate, Tokens tokens) {
        Rules.Hit chosen = moreUrgent(current, candidate, DISTRESS_ORDER);
        if (current == null || chosen.rule().kind() != Care.Kind.PHYSICAL) {
            return chosen;
        }
        Rules.Hit other = chosen == candidate ? current : candidate;
        if (other.rule().kind() != Care.Kind.JOB_LOSS) {
            return chosen;
        }
        for (int i = chosen.from(); i < chosen.to(); i++) {
            if (urgentBody(tokens.words[i])) {
                return chosen;
            }
        }
        return other;
    }

    private static final Set<String> URGENT_BODY = Set.of("chest", "heart", "breathe", "breathing", "breath",
            "palpitations", "faint", "fainted", "fainting", "blacked", "blacking", "passed", "collapse", "collapsed",
            "numbness", "tingling");

    /**
     * {@return whether a word of the body's reaction asks for a doctor today} (chest, heart, breathing, fainting,
     * numbness): such a reaction outranks a job lost today here, and gets the reply that says to get checked today.
     * One list for both, so that the reply never calls the body's reaction minor where triage chose it as urgent.
     */
    public static boolean urgentBody(String word) {
        return URGENT_BODY.contains(word);
    }

    /**
     * The more urgent of two crisis matches by {@link #CRISIS_ORDER}, but a burn or a cut that an abuse match shows
     * someone else gave ("my boyfriend burned my arm") is abuse: the self-harm reply would speak of urges to hurt
     * oneself to a person who was hurt.
     */
    private static Rules.Hit moreUrgentCrisis(Rules.Hit current, Rules.Hit candidate) {
        if (current != null && abuseCovers(current, candidate)) {
            return current;
        }
        if (current != null && abuseCovers(candidate, current)) {
            return candidate;
        }
        return moreUrgent(current, candidate, CRISIS_ORDER);
    }

    /** {@return whether an abuse match spans a self-harm match: the same words, with who did it} */
    private static boolean abuseCovers(Rules.Hit abuse, Rules.Hit selfHarm) {
        return abuse.rule().kind() == Care.Kind.ABUSE && selfHarm.rule().kind() == Care.Kind.SELF_HARM
                && abuse.from() <= selfHarm.from() && abuse.to() >= selfHarm.to();
    }

    private static Rules.Hit moreUrgent(Rules.Hit current, Rules.Hit candidate, List<Care.Kind> order) {
        if (current == null) {
            return candidate;
        }
        return order.indexOf(candidate.rule().kind()) < order.indexOf(current.rule().kind()) ? candidate : current;
    }

    private static TriageResult care(Rules.Hit hit, String message, Tokens tokens) {
        Care.Kind kind = hit.rule().kind();
        Verdict verdict = kind.level() == Care.Level.CRISIS ? Verdict.CRISIS : Verdict.DISTRESS;
        return new TriageResult(verdict, Optional.of(kind), tokens.original(message, hit.from(), hit.to()),
                hit.rule().line(), false);
    }

    private static List<String> readBundled() {
        try (InputStream in = Triage.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new MosaicException(MosaicException.Code.INVALID_TRIAGE_RULES, RULES + " is missing from the jar");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.INVALID_TRIAGE_RULES, "cannot read " + RULES + ": " + e.getMessage(), e);
        }
    }
}
