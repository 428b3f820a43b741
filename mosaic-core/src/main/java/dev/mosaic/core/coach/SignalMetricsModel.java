package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String NEG = "(?:not|never|no|haven't|havent|hasn't|didn't|didnt|don't|dont|can't|cant|"
            + "couldn't|won't|wont|wouldn't|isn't|wasn't|yet to|still haven't|still havent)";
    private static final String VERB_BASES = "apply|email|call|message|reach out|contact|update|rewrite|send|submit|"
            + "practi[cs]e|prepare|schedule|book|sign up|enrol|enroll|register|finish|complete|start|interview|meet|"
            + "talk to|ask|negotiate|network|attend|join|build|publish|write|research|follow up|pitch|shadow|"
            + "volunteer|test|try out|tailor|record|draft|list|apply for";
    private static final String VERB_PASTS = "applied|emailed|called|messaged|reached out|contacted|updated|rewrote|"
            + "rewritten|sent|submitted|practi[cs]ed|prepared|scheduled|booked|signed up|enrolled|registered|"
            + "finished|completed|started|interviewed|met|talked to|spoke to|asked|negotiated|networked|attended|"
            + "joined|built|published|wrote|written|researched|followed up|pitched|shadowed|volunteered|tested|"
            + "tried out|tailored|recorded|drafted|listed|landed|got|heard back|did|went|handed in|spoke|ticked off|solved|"
            + "done|signed|passed|made|took|posted|shipped|launched|delivered|presented|earned|cleared|visited|"
            + "showed up|turned up|kept|stuck to|managed to";

    private static final Pattern COMMITMENT = Pattern.compile("\\b(?:i will|i'll|ill|i'm going to|im going to|"
            + "i am going to|i'm gonna|im gonna|i plan to|my plan is to|i intend to|i commit to|i've decided to|"
            + "i have decided to|i decided to|i'm committing to|next step is to|i'm aiming to|i aim to)\\b");
    private static final Pattern NEGATED_COMMITMENT = Pattern.compile("\\b(?:i won't|i wont|i will not|"
            + "i'm not going to|im not going to)\\b");
    private static final Pattern TIME_BOUND = Pattern.compile("\\b(?:by (?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|tomorrow|tonight|the end of (?:the )?(?:day|week|month)|end of (?:the )?(?:day|week|"
            + "month)|next week|\\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|"
            + "tomorrow|tonight|today|this (?:week|weekend|morning|afternoon|evening|month)|next (?:week|monday|"
            + "tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            + "before (?:monday|tuesday|wednesday|thursday|friday|the weekend)|within (?:\\d+|a|one|two|three) "
            + "(?:days?|weeks?)|in (?:\\d+|two|three) days|every (?:morning|day|evening|weekday))\\b");
    private static final Pattern COUNT = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|a dozen)\\s+(?:[a-z-]+\\s+){0,2}?(?:applications?|jobs?|companies|people|"
            + "recruiters?|emails?|calls?|interviews?|hours?|roles?|contacts?|messages?|posts?|coffee chats?|"
            + "informational interviews?|networking events?|cover letters?|mock interviews?|chapters?|lessons?|"
            + "modules?|projects?|offers?|hiring managers?|connections?|minutes)\\b");
    private static final Pattern CAREER_ACTION = Pattern.compile("\\b(?:" + VERB_BASES + ")\\b");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:someday|some day|one day|eventually|at some point|"
            + "i should probably|i should|i might|maybe i'll|maybe i will|wait and see|waiting for|when i have time|"
            + "when i get time|not sure when|i guess i could|i'd like to|i would like to|i hope to|hopefully|"
            + "sooner or later|in the future|later on|i keep meaning to|i've been meaning to|i ought to|"
            + "i could|thinking about maybe)\\b");

    /** A phrase that points at a destination ("want to become", "move into", "looking for a")... */
    private static final Pattern TARGET_TRIGGER = Pattern.compile("\\b(?:want to (?:be|become|work as|move into|"
            + "get into|switch to|transition into)|move into|moving into|switch(?:ing)? to|transition(?:ing)? (?:in)?to|"
            + "aim(?:ing)? for|target(?:ing)?|looking for an?|apply(?:ing)? for an?|become an?|my goal is|i want an?)\\b");
    /** ...followed, within a few words, by a role or field. */
    private static final Pattern TARGET_ROLE = Pattern.compile("\\b(?:engineer|developer|analyst|designer|manager|"
            + "scientist|nurse|teacher|accountant|consultant|marketer|writer|recruiter|lawyer|architect|researcher|"
            + "coordinator|director|lead|specialist|administrator|technician|electrician|therapist|product|data|ux|ui|"
            + "sales|marketing|finance|healthcare|education|operations|hr|copywriter|editor|pm|programmer|role|"
            + "position|job in|career in)");
    private static final int TARGET_REACH = 48;
    private static final Pattern ROLE = Pattern.compile("\\b(?:software engineer|data analyst|data scientist|"
            + "product manager|project manager|ux designer|ui designer|graphic designer|nurse|teacher|accountant|"
            + "developer|engineer|analyst|designer|scientist|consultant|marketer|copywriter|recruiter|lawyer|"
            + "architect|researcher|electrician|therapist|programmer|paralegal|pharmacist|economist|"
            + "account executive|customer success|sales|marketing|finance|operations|fintech|healthcare|"
            + "nonprofit|non-profit|startup|agency)\\b");
    private static final Pattern CRITERIA = Pattern.compile("(?:[$£€]\\s?\\d[\\d,.]*k?|\\b\\d{2,3}k\\b|"
            + "\\b(?:salary|pay|remote|hybrid|on-site|onsite|in-office|full-time|full time|part-time|part time|"
            + "four-day week|4-day week|commute|relocate|within (?:\\d+|six|three|twelve) months|by (?:january|"
            + "february|march|april|may|june|july|august|september|october|november|december|next year|"
            + "the end of the year|20\\d\\d)|equity|benefits|work-life balance|flexible hours)\\b)");
    private static final Pattern SELF_KNOWLEDGE = Pattern.compile("\\b(?:i'm good at|im good at|i am good at|"
            + "i'm great at|my strengths?|i'm strong (?:in|at)|i'm best at|i value|my values|i enjoy|i love|"
            + "energi[sz]es me|gives me energy|i care about|what matters to me|matters most to me|i thrive|"
            + "i'm known for|people come to me for|i'm at my best|drains me|i hate|i don't enjoy)\\b");
    private static final Pattern COMPANY = Pattern.compile("\\b(?:at|with|for|join) ([A-Z][A-Za-z0-9&]+"
            + "(?: [A-Z][A-Za-z0-9&]+)?)");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:no idea|not sure|don't know|dont know|idk|maybe|"
            + "lost|confused|whatever|anything really|no clue|kind of|kinda|sort of|i guess|unsure|undecided|"
            + "clueless|doesn't matter|no direction|all over the place|who knows|something else|somewhere else|"
            + "figure it out|no plan)\\b");

    /** A past-tense action with "I" before it, or opening a clause the way people drop the "I" ("Called all three"). */
    private static final Pattern COMPLETED = Pattern.compile("\\b(?:i|i've|ive|i have|we|finally|already|just) "
            + "(?:[a-z]+ ){0,2}?(?:" + VERB_PASTS + ")\\b|(?:^|[.!?;,:] ?|\\band |\\bthen )(?:" + VERB_PASTS + ")\\b"
            + "|\\bhad (?:the|a|my|both|two|three|our) (?:[a-z]+ )?(?:calls?|interviews?|meetings?|chats?|coffee|"
            + "screens?|conversations?)\\b|\\b(?:is|are|was) (?:now )?(?:done|finished|live|published|submitted)\\b");
    private static final Pattern NEGATED_COMPLETED = Pattern.compile("\\b(?:" + NEG + " (?:[a-z']+ ){0,2}?(?:"
            + VERB_BASES + "|" + VERB_PASTS + "|done|made|go|been|tried|posted)|backed out|lost track|"
            + "passed without me|deleted it|never (?:got|heard|went|finished|started))\\b");
    private static final Pattern PROGRESS = Pattern.compile("\\b(?:got an? (?:interview|offer|reply|response|"
            + "call ?back|second interview)|heard back|landed|made progress|progress|followed up|"
            + "i did it|it went well|went well|got the job|accepted the offer|second round|final round|"
            + "moving forward|on track|kept going|kept it up|still going|streak|in a row|every week|as planned|"
            + "so far so good|next step|ahead of schedule|asked me (?:for|to)|invited me|offered me|replied|"
            + "wrote back|called me back|got back to me|said yes|agreed to|offered to|turned into|"
            + "had (?:the|my) first (?:one|\\w+))\\b");
    private static final Pattern STALLED = Pattern.compile("\\b(?:stuck|gave up|give up|giving up|given up|"
            + "(?:i've |i have |i )?stopped \\w+ing|waiting to see|back where i started|led nowhere|went nowhere|"
            + "came to nothing|only (?:sent|did|managed|applied to) (?:one|1|a single)|skipped|"
            + "nothing (?:has |really )?changed|nothing happened|(?:then|and) (?:quit|stopped|gave up)|no progress|stopped (?:applying|trying|looking|going)|quit (?:applying|trying)|"
            + "burned out|burnt out|burnout|exhausted|drained|procrastinat\\w*|avoiding|put it off|putting it off|"
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
    public ScoredMessage score(Metrics current, String message, List<Turn> earlier) {
        String text = normalise(message);
        List<Signal> signals = new ArrayList<>();
        int clarity = BASELINE + clarity(text, message, signals);
        int action = BASELINE + action(text, signals);
        int momentum = BASELINE + momentum(text, earlier, signals);
        Metrics own = Metrics.clamped(clarity, action, momentum);
        Metrics next = earlier.isEmpty() ? own : Metrics.clamped(blend(current.clarity(), own.clarity()),
                blend(current.action(), own.action()), blend(current.momentum(), own.momentum()));
        return new ScoredMessage(next, signals);
    }

    /** The message's own scores, before they are folded into the session (used by the evaluation). */
    Metrics messageScores(String message, List<Turn> earlier) {
        String text = normalise(message);
        List<Signal> ignored = new ArrayList<>();
        return Metrics.clamped(BASELINE + clarity(text, message, ignored), BASELINE + action(text, ignored),
                BASELINE + momentum(text, earlier, ignored));
    }

    private static int blend(int previous, int message) {
        return (int) Math.round(previous + ALPHA * (message - previous));
    }

    private static int clarity(String text, String original, List<Signal> signals) {
        int score = 0;
        Matcher trigger = TARGET_TRIGGER.matcher(text);
        while (trigger.find()) {
            Matcher role = TARGET_ROLE.matcher(text).region(trigger.end(), Math.min(text.length(),
                    trigger.end() + TARGET_REACH));
            if (role.find()) {
                int end = text.indexOf(' ', role.end());
                signals.add(new Signal(Metric.CLARITY, "named_target", 18,
                        text.substring(trigger.start(), end < 0 ? text.length() : end).strip()));
                score += 18;
                break;
            }
        }
        if (score == 0) {
            score += signal(ROLE, text, Metric.CLARITY, "named_role_or_field", 8, 2, signals);
        }
        score += signal(CRITERIA, text, Metric.CLARITY, "criteria", 8, 3, signals);
        score += signal(SELF_KNOWLEDGE, text, Metric.CLARITY, "self_knowledge", 8, 2, signals);
        Matcher company = COMPANY.matcher(original);
        if (company.find() && !company.group(1).equals("I")) {
            signals.add(new Signal(Metric.CLARITY, "named_company", 6, company.group(1)));
            score += 6;
        }
        score -= signal(HEDGE, text, Metric.CLARITY, "hedging", 9, 3, signals);
        return score;
    }

    private static int action(String text, List<Signal> signals) {
        int score = 0;
        score -= signal(NEGATED_COMMITMENT, text, Metric.ACTION, "declined_commitment", 10, 1, signals);
        if (score == 0) {
            score += signal(COMMITMENT, text, Metric.ACTION, "commitment", 12, 1, signals);
        }
        score += signal(TIME_BOUND, text, Metric.ACTION, "time_bound", 10, 2, signals);
        score += signal(COUNT, text, Metric.ACTION, "count", 8, 2, signals);
        score += signal(CAREER_ACTION, text, Metric.ACTION, "career_action", 5, 3, signals);
        score -= signal(PASSIVE, text, Metric.ACTION, "passivity", 10, 2, signals);
        return score;
    }

    private static int momentum(String text, List<Turn> earlier, List<Signal> signals) {
        int score = 0;
        int negated = signal(NEGATED_COMPLETED, text, Metric.MOMENTUM, "not_done", 8, 2, signals);
        score -= negated;
        int moved = signal(COMPLETED, text, Metric.MOMENTUM, "completed_action", 12, 3, signals)
                + signal(PROGRESS, text, Metric.MOMENTUM, "progress", 8, 2, signals);
        score += moved;
        if (moved > 0 && !earlier.isEmpty() && movedForward(earlier.get(0).prompt())) {
            // Progress on top of progress: movement over time, not one good day.
            signals.add(new Signal(Metric.MOMENTUM, "sustained_progress", 8, ""));
            score += 8;
        }
        score -= signal(STALLED, text, Metric.MOMENTUM, "stalled", 12, 3, signals);
        if (!earlier.isEmpty()) {
            Set<String> committed = committedVerbs(earlier);
            for (String verb : committed) {
                Matcher done = Pattern.compile("\\b(?:" + pastOf(verb) + ")\\b").matcher(text);
                if (done.find() && !text.matches("(?s).*\\b" + NEG + "\\s+(?:\\w+\\s+){0,2}?(?:" + verb + "|"
                        + pastOf(verb) + ")\\b.*")) {
                    signals.add(new Signal(Metric.MOMENTUM, "follow_through", 15, done.group()));
                    score += 15;
                    break;
                }
            }
            signals.add(new Signal(Metric.MOMENTUM, "engagement", 3, ""));
            score += 3;
        }
        return score;
    }

    private static boolean movedForward(String message) {
        String text = normalise(message);
        return (COMPLETED.matcher(text).find() || PROGRESS.matcher(text).find()) && !STALLED.matcher(text).find();
    }

    /** The career verbs earlier turns committed to ("I'll email..."), as base forms. */
    private static Set<String> committedVerbs(List<Turn> earlier) {
        Set<String> verbs = new LinkedHashSet<>();
        for (Turn turn : earlier) {
            String text = normalise(turn.prompt());
            if (!COMMITMENT.matcher(text).find() && !TIME_BOUND.matcher(text).find()) {
                continue;
            }
            Matcher verb = CAREER_ACTION.matcher(text);
            while (verb.find()) {
                verbs.add(verb.group());
            }
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
            case "practise", "practice" -> "practi[cs]ed";
            case "enrol", "enroll" -> "enrolled";
            default -> base.endsWith("e") ? base + "d" : base + "ed";
        };
    }

    /** Adds a signal per match (at most {@code max}) and returns the total weight. */
    private static int signal(Pattern pattern, String text, Metric metric, String name, int weight, int max,
                              List<Signal> signals) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (found < max && matcher.find()) {
            signals.add(new Signal(metric, name, metric == Metric.CLARITY && name.equals("hedging")
                    || name.equals("passivity") || name.equals("stalled") || name.equals("not_done")
                    || name.equals("declined_commitment") ? -weight : weight, matcher.group().strip()));
            found++;
        }
        return found * weight;
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
