package dev.mosaic.core.internal.coach;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's age, when they state it, against library situations told at an age ("I'm 17 and thinking about what
 * to do after high school", "I'm in my twenties and job-hopped a lot"): a situation told at an age far from theirs is
 * not theirs, and is neither served nor offered as a choice ("I'm 58 and job-hopped a lot" was served "Changing jobs
 * in your twenties is common", "I'm 16 ... am I too young?" was served "You're not too old"). Ages are read only where
 * the words say they are ages ("I'm 58", "aged 41", "at 50?", "in my late forties"; a bare "34, maths teacher" is not
 * read). Public for the benchmarks ({@code ThreadBenchmark.ageFit}). Stateless and thread-safe.
 */
public final class AgeFit {
    /** Years apart at which a situation told at one age stops being another person's. */
    static final int FAR = 12;
    /** From this age on, a situation about starting over late fits anyone older too ("Am I too old at 45?"). */
    static final int LATE = 35;

    private AgeFit() {
    }

    private static final String NOT_AN_AGE = "(?!\\s*(?:%|k\\b|x\\b|\\+|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
            + "|years? (?:in|at|into|of|with|as|on|experience|ago)|yrs? (?:in|at|of|exp)|grand|quid|pounds?|dollars?"
            + "|euros?|kg|kilos?|lbs?|miles?|km|pages?|applications?|apps|jobs?|interviews?|people|staff|clients?"
            + "|reports?|hour|percent|per\\b|an hour|a week|a month|a year|/))";
    private static final Pattern SELF = Pattern.compile("\\b(?:i'?m|i am|im)\\s+(?:now\\s+|only\\s+|almost\\s+|"
            + "nearly\\s+|just\\s+|turning\\s+)?(\\d{2})\\b" + NOT_AN_AGE);
    private static final Pattern YEARS_OLD = Pattern.compile("\\b(\\d{2})\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old\\b"
            + "|\\b(\\d{2})\\s*(?:yo|y/o|y\\.o\\.)(?![a-z])");
    private static final Pattern AGED = Pattern.compile("\\b(?:aged?|at the age of|turning|turned)\\s+(\\d{2})\\b"
            + NOT_AN_AGE);
    /** "change careers at 50?", "an internship at 35": at a number that ends the phrase or starts the next one. */
    private static final Pattern AT = Pattern.compile("\\bat\\s+(\\d{2})\\b" + NOT_AN_AGE
            + "(?=\\s*(?:[,.?!;)]|$|and\\b|with\\b|but\\b|a\\b|an\\b|is\\b|too\\b|feels?\\b|i\\b|if\\b|when\\b))");
    private static final List<Pattern> NUMERIC = List.of(SELF, YEARS_OLD, AGED, AT);
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
    private static final Pattern DECADE = Pattern.compile("\\bin my\\s+(early|mid|late)?[\\s-]*(teens|twenties|"
            + "thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)\\b");

    /** {@return the age a text states its writer is, if it states one (14 to 80)} */
    public static OptionalInt stated(String text) {
        String lower = lower(text);
        // Every numeric pattern needs two digits in a row, the decades "in my": most messages have neither, and the
        // coach reads this message and up to 25 earlier ones each turn.
        for (Pattern pattern : TWO_DIGITS.matcher(lower).find() ? NUMERIC : List.<Pattern>of()) {
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (age >= 14 && age <= 80) {
                    return OptionalInt.of(age);
                }
            }
        }
        Matcher decade = DECADE.matcher(lower);
        if (lower.contains("in my") && decade.find()) {
            String d = decade.group(2);
            int base = switch (d) {
                case "teens" -> 15;
                case "twenties", "20s" -> 25;
                case "thirties", "30s" -> 35;
                case "forties", "40s" -> 45;
                case "fifties", "50s" -> 55;
                default -> 65;
            };
            String part = decade.group(1) == null ? "" : decade.group(1);
            return OptionalInt.of(base + (part.equals("early") ? -3 : part.equals("late") ? 3 : 0));
        }
        return OptionalInt.empty();
    }

    /** {@return the person's age: stated in this message, or else in the latest earlier message that states one} */
    static OptionalInt of(String message, List<Coach.Turn> earlier) {
        OptionalInt now = stated(message);
        if (now.isPresent()) {
            return now;
        }
        for (Coach.Turn turn : earlier) { // newest first
            OptionalInt then = stated(turn.prompt());
            if (then.isPresent()) {
                return then;
            }
        }
        return OptionalInt.empty();
    }

    /** {@return whether a situation told at age {@code told} can be the situation of a person aged {@code person}} */
    static boolean fits(int person, int told) {
        return told >= LATE && person >= told || Math.abs(person - told) <= FAR;
    }

    /**
     * {@return the match without the situations told at an age far from the person's}: when the likeliest goes, what
     * was sure is no longer sure (the next was not chosen for itself), so the coach asks which of the rest is meant,
     * or asks its clarifying question when fewer than two are left
     *
     * @param result what the library matched
     * @param age the person's age, if known
     */
    static MatchResult keep(MatchResult result, OptionalInt age) {
        if (age.isEmpty() || result instanceof MatchResult.NoMatch) {
            return result;
        }
        List<PromptMatch> kept = result.ranked().stream().filter(m -> fitsEntry(age.getAsInt(), m)).toList();
        if (kept.size() == result.ranked().size()) {
            return result;
        }
        boolean topKept = !kept.isEmpty() && kept.get(0) == result.ranked().get(0);
        if (result instanceof MatchResult.Matched && topKept) {
            return new MatchResult.Matched(kept);
        }
        return kept.size() >= 2 ? new MatchResult.Unsure(kept)
                : new MatchResult.NoMatch("the likeliest situations are told at another age than the person's");
    }

    private static boolean fitsEntry(int person, PromptMatch match) {
        OptionalInt told = told(match.entry().prompt());
        return told.isEmpty() || fits(person, told.getAsInt());
    }

    /**
     * A stage of life a situation is told at, as an age: only for the library's situations, whose wording is ours. A
     * person's own "my first job in tech" says nothing of their age, so their messages are read by {@link #stated}
     * alone.
     */
    private static final Pattern EARLY = Pattern.compile("\\b(?:i'?m in my first (?:real )?job|i'?m a (?:new|recent) "
            + "grad(?:uate)?|i'?m just out of (?:college|university|uni|school)|college major)\\b");
    private static final Pattern LATE_STAGE = Pattern.compile("\\b(?:i'?m close to retirement|i'?m semi-retired)\\b");

    /** {@return the age a library situation is told at: stated, or the stage of life it names} */
    static OptionalInt told(String prompt) {
        OptionalInt stated = stated(prompt);
        if (stated.isPresent()) {
            return stated;
        }
        String lower = lower(prompt);
        return EARLY.matcher(lower).find() ? OptionalInt.of(22)
                : LATE_STAGE.matcher(lower).find() ? OptionalInt.of(62) : OptionalInt.empty();
    }

    /** Lower case, with a typographic apostrophe read as a plain one ("I’m" as "i'm"). */
    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
