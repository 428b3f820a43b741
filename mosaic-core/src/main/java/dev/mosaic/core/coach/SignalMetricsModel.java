package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores what a message says, not how long it is: deterministic lexical signals for each metric (see
 * {@link MetricsModel#signals()}), each reported with the words that produced it. A message's own scores are folded
 * into the session by an exponential moving average, so a session can go down as well as up.
 */
final class SignalMetricsModel implements MetricsModel {
    /** Score of a message with no signal at all. */
    static final int BASELINE = 30;
    /** Weight of a new message in the session state. */
    static final double ALPHA = 0.5;

    private static final String[] NEG_WORDS = {"not", "never", "no", "haven't", "havent", "hasn't", "didn't", "didnt",
        "don't", "dont", "can't", "cant", "couldn't", "won't", "wont", "wouldn't", "isn't", "wasn't", "yet to",
        "still haven't", "still havent"};
    private static final String NEG = "(?:" + String.join("|", NEG_WORDS) + ")";
    private static final String VERB_BASES = "apply|email|call|message|reach out|contact|update|rewrite|send|submit|"
            + "practise|practice|prepare|schedule|book|sign up|enrol|enroll|register|finish|complete|start|interview|meet|"
            + "talk to|ask|negotiate|network|attend|join|build|publish|write|research|follow up|pitch|shadow|"
            + "volunteer|test|try out|tailor|record|draft|list|apply for";
    private static final String VERB_PASTS = "applied|emailed|called|messaged|reached out|contacted|updated|rewrote|"
            + "rewritten|sent|submitted|practised|practiced|prepared|scheduled|booked|signed up|enrolled|registered|"
            + "finished|completed|started|interviewed|met|talked to|spoke to|asked|negotiated|networked|attended|"
            + "joined|built|published|wrote|written|researched|followed up|pitched|shadowed|volunteered|tested|"
            + "tried out|tailored|recorded|drafted|listed|landed|got|heard back|did|went|handed in|spoke|ticked off|solved|"
            + "done|signed|passed|made|took|posted|shipped|launched|delivered|presented|earned|cleared|visited|"
            + "showed up|turned up|kept|stuck to|managed to";

    private static final Lexicon COMMITMENT = Lexicon.of("\\b(?:i will|i'll|ill|i'm going to|im going to|"
            + "i am going to|i'm gonna|im gonna|i plan to|my plan is to|i intend to|i commit to|i've decided to|"
            + "i have decided to|i decided to|i'm committing to|next step is to|i'm aiming to|i aim to)\\b");
    private static final Lexicon NEGATED_COMMITMENT = Lexicon.of("\\b(?:i won't|i wont|i will not|"
            + "i'm not going to|im not going to)\\b");
    private static final Lexicon TIME_BOUND = Lexicon.of("\\b(?:by (?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|tomorrow|tonight|the end of (?:the )?(?:day|week|month)|end of (?:the )?(?:day|week|"
            + "month)|next week|\\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|"
            + "tomorrow|tonight|today|this (?:week|weekend|morning|afternoon|evening|month)|next (?:week|monday|"
            + "tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            + "before (?:monday|tuesday|wednesday|thursday|friday|the weekend)|within (?:\\d+|a|one|two|three) "
            + "(?:days?|weeks?)|in (?:\\d+|two|three) days|every (?:morning|day|evening|weekday))\\b");
    private static final Lexicon COUNT = Lexicon.of("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|a dozen)\\s+(?:[a-z-]+\\s+){0,2}?(?:applications?|jobs?|companies|people|"
            + "recruiters?|emails?|calls?|interviews?|hours?|roles?|contacts?|messages?|posts?|coffee chats?|"
            + "informational interviews?|networking events?|cover letters?|mock interviews?|chapters?|lessons?|"
            + "modules?|projects?|offers?|hiring managers?|connections?|minutes)\\b");
    private static final Lexicon CAREER_ACTION = Lexicon.of("\\b(?:" + VERB_BASES + ")\\b");
    private static final Lexicon PASSIVE = Lexicon.of("\\b(?:someday|some day|one day|eventually|at some point|"
            + "i should probably|i should|i might|maybe i'll|maybe i will|wait and see|waiting for|when i have time|"
            + "when i get time|not sure when|i guess i could|i'd like to|i would like to|i hope to|hopefully|"
            + "sooner or later|in the future|later on|i keep meaning to|i've been meaning to|i ought to|"
            + "i could|thinking about maybe)\\b");

    /** A phrase that points at a destination ("want to become", "move into", "looking for a")... */
    private static final Lexicon TARGET_TRIGGER = Lexicon.of("\\b(?:want to (?:be|become|work as|move into|"
            + "get into|switch to|transition into)|move into|moving into|switch to|switching to|transition to|"
            + "(?:move|moving|switch|switching|go|going|pivot|pivoting|transition|transitioning) from "
            + "[a-z]+(?: [a-z]+)? (?:into|to)|go into|going into|retrain as|retraining as|train as|training as|"
            + "transition into|transitioning to|transitioning into|aim for|aiming for|target|targeting|looking for an?|"
            + "apply for|applying for|become an?|my goal is|i want an?)\\b");
    /** ...followed, within a few words, by a role or field. */
    private static final Pattern TARGET_ROLE = Pattern.compile("\\b(?:engineer|developer|analyst|designer|manager|"
            + "scientist|nurse|teacher|accountant|consultant|marketer|writer|recruiter|lawyer|architect|researcher|"
            + "coordinator|director|lead|specialist|administrator|technician|electrician|therapist|product|data|ux|ui|"
            + "sales|marketing|finance|healthcare|education|operations|hr|copywriter|editor|pm|programmer|role|"
            + "development|management|cybersecurity|security|audit|auditor|law|nursing|teaching|"
            + "position|job in|career in)");
    private static final int TARGET_REACH = 48;
    private static final Lexicon ROLE = Lexicon.of("\\b(?:software engineer|data analyst|data scientist|"
            + "product manager|project manager|product management|project management|ux designer|ui designer|"
            + "graphic designer|nurse|teacher|accountant|"
            + "developer|engineer|analyst|designer|scientist|consultant|marketer|copywriter|recruiter|lawyer|"
            + "architect|researcher|electrician|therapist|programmer|paralegal|pharmacist|economist|"
            + "account executive|customer success|sales|marketing|finance|operations|fintech|healthcare|"
            + "nonprofit|non-profit|startup|agency)\\b");
    private static final Lexicon MONEY = Lexicon.withDigits("[$£€]\\s?\\d[\\d,.]*k?|\\b\\d{2,3}k\\b");
    private static final Lexicon CRITERIA = Lexicon.of("\\b(?:salary|pay|remote|hybrid|on-site|onsite|in-office|"
            + "full-time|full time|part-time|part time|four-day week|4-day week|commute|relocate|within (?:\\d+|six|"
            + "three|twelve) months|by (?:january|february|march|april|may|june|july|august|september|october|"
            + "november|december|next year|the end of the year|20\\d\\d)|equity|benefits|work-life balance|"
            + "flexible hours)\\b");
    private static final Lexicon SELF_KNOWLEDGE = Lexicon.of("\\b(?:i'm good at|im good at|i am good at|"
            + "i'm great at|my strengths?|i'm strong (?:in|at)|i'm best at|i value|my values|i enjoy|i love|"
            + "energises me|energizes me|gives me energy|i care about|what matters to me|matters most to me|i thrive|"
            + "i'm known for|people come to me for|i'm at my best|drains me|i hate|i don't enjoy)\\b");
    private static final Pattern COMPANY = Pattern.compile("\\b(?:at|with|for|join) ([A-Z][A-Za-z0-9&]+"
            + "(?: [A-Z][A-Za-z0-9&]+)?)");
    private static final Lexicon HEDGE = Lexicon.of("\\b(?:no idea|not sure|don't know|dont know|idk|maybe|"
            + "lost|confused|whatever|anything really|no clue|kind of|kinda|sort of|i guess|unsure|undecided|"
            + "clueless|doesn't matter|no direction|all over the place|who knows|something else|somewhere else|"
            + "figure it out|no plan)\\b");

    /** A past-tense action with "I" before it... */
    private static final Lexicon COMPLETED_SUBJECT = Lexicon.of("\\b(?:i|i've|ive|i have|we|finally|already|just) "
            + "(?:[a-z]+ ){0,2}?(?:" + VERB_PASTS + ")\\b");
    /** ...or opening a clause, the way people drop the "I" ("Called all three. Met the lead"). */
    private static final Lexicon COMPLETED_CLAUSE = Lexicon.anchoredOn("(?<=^|[.!?;,:]|[.!?;,:] |\\band |\\bthen )"
            + "(?:" + VERB_PASTS + ")\\b", Lexicon.anchorsOf("\\b(?:" + VERB_PASTS + ")"));
    private static final Lexicon COMPLETED_EVENT = Lexicon.of("\\b(?:had (?:the|a|my|both|two|three|our) "
            + "(?:[a-z]+ )?(?:calls?|interviews?|meetings?|chats?|coffee|screens?|conversations?)\\b|"
            + "is (?:now )?(?:done|finished|live|published|submitted)|are (?:now )?(?:done|finished|live|published|"
            + "submitted)|was (?:done|finished|live|published|submitted))\\b");
    private static final Lexicon NEGATED_COMPLETED = Lexicon.of("\\b(?:" + java.util.Arrays.stream(NEG_WORDS)
            .map(word -> word + " (?:[a-z']+ ){0,2}?(?:" + VERB_BASES + "|" + VERB_PASTS
                    + "|done|made|go|been|tried|posted)")
            .collect(java.util.stream.Collectors.joining("|"))
            + "|backed out|lost track|passed without me|deleted it|never got|never heard|never went|never finished|"
            + "never started)\\b");
    private static final Lexicon PROGRESS = Lexicon.of("\\b(?:got an? (?:interview|offer|reply|response|"
            + "call ?back|second interview)|heard back|landed|made progress|progress|followed up|"
            + "i did it|it went well|went well|got the job|accepted the offer|second round|final round|"
            + "moving forward|on track|kept going|kept it up|still going|streak|in a row|every week|as planned|"
            + "so far so good|next step|ahead of schedule|asked me (?:for|to)|invited me|offered me|replied|"
            + "wrote back|called me back|got back to me|said yes|agreed to|offered to|turned into|"
            + "had (?:the|my) first (?:one|\\w+))\\b");
    private static final Lexicon STALLED = Lexicon.of("\\b(?:stuck|gave up|give up|giving up|given up|"
            + "stopped \\w+ing|waiting to see|back where i started|led nowhere|went nowhere|"
            + "came to nothing|only (?:sent|did|managed|applied to) (?:one|1|a single)|skipped|"
            + "nothing (?:has |really )?changed|nothing happened|then quit|then stopped|then gave up|and quit|"
            + "and stopped|and gave up|no progress|stopped (?:applying|trying|looking|going)|quit (?:applying|trying)|"
            + "burned out|burnt out|burnout|exhausted|drained|procrastinating|procrastinate|procrastination|procrastinated|avoiding|put it off|putting it off|"
            + "same as last|back to square one|fell off|dropped it|lost motivation|can't be bothered|"
            + "haven't heard|ghosted|rejected|rejection|no replies|no response|pointless|hopeless|what's the point|"
            + "going nowhere|spinning my wheels|treading water)\\b");

    private final Metrics start;

    SignalMetricsModel(Metrics start) {
        this.start = Checks.present(start, "start");
    }

    @Override
    public String name() {
        return "signals";
    }

    @Override
    public Metrics initial() {
        return start;
    }

    @Override
    public MetricsModel.Score score(Metrics current, String message, List<Coach.Turn> earlier) {
        Lexicon.Words words = new Lexicon.Words(normalise(message));
        List<MetricsModel.Signal> signals = new ArrayList<>();
        Metrics own = own(words, message, earlier, signals);
        Metrics next = earlier.isEmpty() ? own : Metrics.clamped(blend(current.clarity(), own.clarity()),
                blend(current.action(), own.action()), blend(current.momentum(), own.momentum()));
        return new MetricsModel.Score(next, signals);
    }

    /** The message's own scores, before they are folded into the session (used by the evaluation). */
    Metrics messageScores(String message, List<Coach.Turn> earlier) {
        return own(new Lexicon.Words(normalise(message)), message, earlier, new ArrayList<>());
    }

    private static Metrics own(Lexicon.Words words, String original, List<Coach.Turn> earlier, List<MetricsModel.Signal> signals) {
        return Metrics.clamped(BASELINE + clarity(words, original, signals), BASELINE + action(words, signals),
                BASELINE + momentum(words, earlier, signals));
    }

    /**
     * "experience with SQL", "good with Python": a skill of the vocabulary after "with" or "for" is not a company
     * ("at SAP", "join Salesforce" still are).
     */
    private static boolean skillNotEmployer(Matcher company) {
        String preposition = company.group().substring(0, company.group().indexOf(' '));
        return (preposition.equals("with") || preposition.equals("for"))
                && !dev.mosaic.core.internal.jobs.SkillVocabulary.bundled().skillsIn(company.group(1)).isEmpty();
    }

    private static int blend(int previous, int message) {
        return (int) Math.round(previous + ALPHA * (message - previous));
    }

    private static int clarity(Lexicon.Words words, String original, List<MetricsModel.Signal> signals) {
        int score = 0;
        String text = words.text;
        for (MatchResult trigger : TARGET_TRIGGER.matches(words, 8)) {
            Matcher role = TARGET_ROLE.matcher(text).region(trigger.end(), Math.min(text.length(),
                    trigger.end() + TARGET_REACH));
            if (role.find()) {
                int end = text.indexOf(' ', role.end());
                signals.add(new MetricsModel.Signal(Metric.CLARITY, MetricsModel.Signal.Kind.NAMED_TARGET, 18,
                        text.substring(trigger.start(), end < 0 ? text.length() : end).strip()));
                score += 18;
                break;
            }
        }
        if (score == 0) {
            score += signal(ROLE, words, Metric.CLARITY, MetricsModel.Signal.Kind.NAMED_ROLE_OR_FIELD, 8, 2, signals);
        }
        int criteria = signal(MONEY, words, Metric.CLARITY, MetricsModel.Signal.Kind.CRITERIA, 8, 3, signals);
        score += criteria + signal(CRITERIA, words, Metric.CLARITY, MetricsModel.Signal.Kind.CRITERIA, 8, 3 - criteria / 8, signals);
        score += signal(SELF_KNOWLEDGE, words, Metric.CLARITY, MetricsModel.Signal.Kind.SELF_KNOWLEDGE, 8, 2, signals);
        Matcher company = COMPANY.matcher(original);
        while (company.find()) {
            if (!company.group(1).equals("I") && !skillNotEmployer(company)) {
                signals.add(new MetricsModel.Signal(Metric.CLARITY, MetricsModel.Signal.Kind.NAMED_COMPANY, 6,
                        company.group(1)));
                score += 6;
                break;
            }
        }
        score -= signal(HEDGE, words, Metric.CLARITY, MetricsModel.Signal.Kind.HEDGING, 9, 3, signals);
        return score;
    }

    private static int action(Lexicon.Words words, List<MetricsModel.Signal> signals) {
        int score = 0;
        score -= signal(NEGATED_COMMITMENT, words, Metric.ACTION, MetricsModel.Signal.Kind.DECLINED_COMMITMENT, 10, 1, signals);
        if (score == 0) {
            score += signal(COMMITMENT, words, Metric.ACTION, MetricsModel.Signal.Kind.COMMITMENT, 12, 1, signals);
        }
        score += signal(TIME_BOUND, words, Metric.ACTION, MetricsModel.Signal.Kind.TIME_BOUND, 10, 2, signals);
        score += signal(COUNT, words, Metric.ACTION, MetricsModel.Signal.Kind.COUNT, 8, 2, signals);
        score += signal(CAREER_ACTION, words, Metric.ACTION, MetricsModel.Signal.Kind.CAREER_ACTION, 5, 3, signals);
        score -= signal(PASSIVE, words, Metric.ACTION, MetricsModel.Signal.Kind.PASSIVITY, 10, 2, signals);
        return score;
    }

    private static int momentum(Lexicon.Words words, List<Coach.Turn> earlier, List<MetricsModel.Signal> signals) {
        int score = 0;
        score -= signal(NEGATED_COMPLETED, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.NOT_DONE, 8, 2, signals);
        int completed = signal(COMPLETED_SUBJECT, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.COMPLETED_ACTION, 12, 3, signals);
        completed += signal(COMPLETED_CLAUSE, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.COMPLETED_ACTION, 12, 3 - completed / 12,
                signals);
        completed += signal(COMPLETED_EVENT, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.COMPLETED_ACTION, 12, 3 - completed / 12,
                signals);
        int moved = completed + signal(PROGRESS, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.PROGRESS, 8, 2, signals);
        score += moved;
        if (moved > 0 && !earlier.isEmpty() && movedForward(earlier.get(0).prompt())) {
            // Progress on top of progress: movement over time, not one good day.
            signals.add(new MetricsModel.Signal(Metric.MOMENTUM, MetricsModel.Signal.Kind.SUSTAINED_PROGRESS, 8, ""));
            score += 8;
        }
        score -= signal(STALLED, words, Metric.MOMENTUM, MetricsModel.Signal.Kind.STALLED, 12, 3, signals);
        if (!earlier.isEmpty()) {
            // Reading the history for commitments costs a pass over up to 25 turns; skip it when this message
            // has no past-tense action verb that could report one done.
            Set<String> committed = ANY_PAST.in(words) ? committedVerbs(earlier) : Set.of();
            for (String verb : committed) {
                Matcher done = pastTense(verb).matcher(words.text);
                if (done.find() && !negatedForm(verb).matcher(words.text).find()) {
                    signals.add(new MetricsModel.Signal(Metric.MOMENTUM, MetricsModel.Signal.Kind.FOLLOW_THROUGH, 15, done.group()));
                    score += 15;
                    break;
                }
            }
            signals.add(new MetricsModel.Signal(Metric.MOMENTUM, MetricsModel.Signal.Kind.ENGAGEMENT, 3, ""));
            score += 3;
        }
        return score;
    }

    private static final java.util.Map<String, Pattern> PAST_TENSE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> NEGATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Any past form of any action verb: when this finds nothing, no {@link #pastTense} pattern can. */
    private static final Lexicon ANY_PAST = Lexicon.of("\\b(?:" + Arrays.stream(VERB_BASES.split("\\|"))
            .map(SignalMetricsModel::pastOf).distinct().collect(Collectors.joining("|")) + ")\\b");

    private static Pattern pastTense(String verb) {
        return PAST_TENSE.computeIfAbsent(verb, v -> Pattern.compile("\\b(?:" + pastOf(v) + ")\\b"));
    }

    private static Pattern negatedForm(String verb) {
        return NEGATED.computeIfAbsent(verb, v -> Pattern.compile("\\b" + NEG + " (?:[a-z']+ ){0,2}?(?:" + v + "|"
                + pastOf(v) + ")\\b"));
    }

    private static boolean movedForward(String message) {
        Lexicon.Words words = new Lexicon.Words(normalise(message));
        return (COMPLETED_SUBJECT.in(words) || COMPLETED_CLAUSE.in(words) || COMPLETED_EVENT.in(words)
                || PROGRESS.in(words)) && !STALLED.in(words);
    }

    /** The career verbs earlier turns committed to ("I'll email..."), as base forms. */
    private static Set<String> committedVerbs(List<Coach.Turn> earlier) {
        Set<String> verbs = new LinkedHashSet<>();
        for (Coach.Turn turn : earlier) {
            Lexicon.Words words = new Lexicon.Words(normalise(turn.prompt()));
            if (!COMMITMENT.in(words) && !TIME_BOUND.in(words)) {
                continue;
            }
            verbs.addAll(CAREER_ACTION.find(words, Integer.MAX_VALUE));
        }
        return verbs;
    }

    private static String pastOf(String base) {
        return switch (base) {
            case "apply", "apply for" -> "applied";
            case "send" -> "sent";
            case "write" -> "wrote|written";
            case "rewrite" -> "rewrote|rewritten";
            case "meet" -> "met";
            case "build" -> "built";
            case "reach out" -> "reached out";
            case "sign up" -> "signed up";
            case "follow up" -> "followed up";
            case "talk to" -> "talked to|spoke to";
            case "try out" -> "tried out";
            case "practise", "practice" -> "practised|practiced";
            case "enrol", "enroll" -> "enrolled";
            default -> base.endsWith("e") ? base + "d" : base + "ed";
        };
    }

    /** The kinds of evidence that pull their metric down. */
    private static final java.util.Set<MetricsModel.Signal.Kind> LOWERING = java.util.EnumSet.of(
            MetricsModel.Signal.Kind.HEDGING, MetricsModel.Signal.Kind.PASSIVITY, MetricsModel.Signal.Kind.STALLED,
            MetricsModel.Signal.Kind.NOT_DONE, MetricsModel.Signal.Kind.DECLINED_COMMITMENT);

    /** Adds a signal per match (at most {@code max}) and returns the total weight. */
    private static int signal(Lexicon lexicon, Lexicon.Words words, Metric metric, MetricsModel.Signal.Kind kind, int weight, int max,
                              List<MetricsModel.Signal> signals) {
        if (max <= 0) {
            return 0;
        }
        List<String> found = lexicon.find(words, max);
        boolean lowers = LOWERING.contains(kind);
        for (String match : found) {
            signals.add(new MetricsModel.Signal(metric, kind, lowers ? -weight : weight, match.strip()));
        }
        return found.size() * weight;
    }

    private static String normalise(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c == '\u2019' ? '\'' : c);
        }
        return out.toString();
    }
}
