package dev.mosaic.core.internal.thread;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Coach.Fact.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a reply that show the coach listened: a first sentence that gives back what the person just said
 * (only facts they stated, in their words), and no closing question whose answer is already known. Stateless.
 */
public final class Reflection {
    private static final int MOST_REFLECTED = 3;
    /** Dates that only place the message in time; the fact is kept, but said back alone they read as an echo. */
    private static final java.util.Set<String> RELATIVE_DAYS = java.util.Set.of("today", "tomorrow", "tonight",
            "yesterday", "this morning", "this afternoon", "this evening", "this week", "next week", "last week",
            "this weekend", "next weekend", "now", "right now");

    private Reflection() {
    }

    /**
     * {@return the first sentence reflecting what this turn stated ("From what you've said: 5 years in HR and an
     * offer of $85k."), or empty when it stated nothing worth giving back}
     *
     * @param stated the facts this turn stated
     */
    public static Optional<String> of(List<Coach.Fact> stated) {
        List<String> phrases = new ArrayList<>();
        Optional<Coach.Fact> years = stated.stream().filter(f -> f.kind() == Kind.YEARS).findFirst();
        boolean yearsUsed = false;
        for (Coach.Fact fact : stated) {
            String phrase = switch (fact.kind()) {
                case CURRENT_ROLE -> {
                    if (years.isPresent()) {
                        yearsUsed = true;
                        yield years.get().value() + (years.get().value().equals("1") ? " year " : " years ")
                                + (isJob(fact.value()) ? "as " + article(fact.value()) : "in " + fact.value());
                    }
                    yield isJob(fact.value()) ? "you're " + article(fact.value()) : "you work in " + fact.value();
                }
                case TARGET_ROLE -> isJob(fact.value()) ? "you're going for " + article(fact.value())
                        : "you'd like to move into " + fact.value();
                case OFFER -> "an offer of " + fact.value();
                case CURRENT_PAY -> "you're on " + fact.value() + " now";
                case SAVINGS -> fact.value().toLowerCase(Locale.ROOT).contains("sav") ? fact.value()
                        : fact.value() + " of savings";
                case PLACE -> fact.value().equals("remote") ? "you want remote work" : fact.value();
                // "From what you've said: tomorrow." gives back a word of the question without what it is for
                case DATE -> RELATIVE_DAYS.contains(fact.value().toLowerCase(Locale.ROOT)) ? "" : fact.value();
                case COMPANY -> fact.value();
                case YEARS, FEELING, SKILL, PERSON -> ""; // people help understanding; "your manager" says little
            };
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        if (years.isPresent() && !yearsUsed) {
            phrases.add(0, years.get().value() + (years.get().value().equals("1") ? " year" : " years")
                    + " of experience");
        }
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = phrases.subList(0, Math.min(MOST_REFLECTED, phrases.size()));
        String joined = kept.size() == 1 ? kept.get(0)
                : String.join(", ", kept.subList(0, kept.size() - 1)) + " and " + kept.get(kept.size() - 1);
        return Optional.of("From what you've said: " + joined + ".");
    }

    /**
     * {@return the sentence that takes a correction on board ("Got it: the offer is 95k, not 85k.")}
     *
     * @param now the corrected fact
     * @param before what it replaces, if the session knew it
     */
    public static String correction(Coach.Fact now, Optional<Coach.Fact> before) {
        String what = switch (now.kind()) {
            case OFFER -> "the offer is ";
            case CURRENT_PAY -> "you're on ";
            case YEARS -> "years of experience: ";
            case CURRENT_ROLE -> "your role is ";
            case TARGET_ROLE -> "you're aiming for ";
            case PLACE -> "the place is ";
            case DATE -> "the date is ";
            case SAVINGS -> "your savings: ";
            case COMPANY -> "the company is ";
            default -> "";
        };
        return "Got it: " + what + now.value() + before.filter(b -> !b.value().equalsIgnoreCase(now.value()))
                .map(b -> ", not " + b.value()).orElse("") + ".";
    }

    private static final Pattern ASKS_ROLE = Pattern.compile("\\b(?:what (?:field|role|kind of (?:work|role|job))|"
            + "what do you do|what's your (?:job|role|field)|what is your (?:job|role|field)|which field|"
            + "what area do you work)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_YEARS = Pattern.compile("\\bhow (?:long have you|many years)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_OFFER = Pattern.compile("\\b(?:what(?:'s| is| was) the offer|how much (?:are|did) "
            + "they offer|what did they offer|what salary (?:are|did) they)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_PAY = Pattern.compile("\\b(?:what (?:are|do) you (?:earn|make|paid)|"
            + "your current (?:pay|salary))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_PLACE = Pattern.compile("\\b(?:where are you (?:based|located)|which city|"
            + "where do you live|what city)\\b", Pattern.CASE_INSENSITIVE);
    /** The target role or field, as the library's own closing questions ask for it. */
    private static final Pattern ASKS_TARGET = Pattern.compile("\\b(?:what role (?:do|would) you want|what are you "
            + "aiming for|which role are you (?:targeting|after)|what kind of role are you looking for|which job title "
            + "are you hoping|what kind of (?:job|role|work) (?:do|would) you (?:hope|want|like)|"
            + "what kind of role would "
            + "be a perfect fit|what new field are you targeting|(?:what|which) field (?:or role )?are you (?:most )?"
            + "(?:curious about|thinking of|targeting)|your ideal next role|what kind of work are you hoping|what job "
            + "title and two skills)\\b", Pattern.CASE_INSENSITIVE);

    /** {@return the kind of fact a question asks for, if it plainly asks for one} */
    public static Optional<Kind> asks(String question) {
        if (ASKS_OFFER.matcher(question).find()) {
            return Optional.of(Kind.OFFER);
        }
        if (ASKS_PAY.matcher(question).find()) {
            return Optional.of(Kind.CURRENT_PAY);
        }
        if (ASKS_YEARS.matcher(question).find()) {
            return Optional.of(Kind.YEARS);
        }
        if (ASKS_PLACE.matcher(question).find()) {
            return Optional.of(Kind.PLACE);
        }
        if (ASKS_TARGET.matcher(question).find()) {
            return Optional.of(Kind.TARGET_ROLE);
        }
        if (ASKS_ROLE.matcher(question).find()) {
            return Optional.of(Kind.CURRENT_ROLE);
        }
        return Optional.empty();
    }

    /** {@return the last sentence of a reply, when it is a question} */
    public static Optional<String> closingQuestion(String reply) {
        String text = reply.strip();
        if (!text.endsWith("?")) {
            return Optional.empty();
        }
        int start = Math.max(Math.max(text.lastIndexOf(". ", text.length() - 2), text.lastIndexOf("! ",
                text.length() - 2)), Math.max(text.lastIndexOf("? ", text.length() - 2), text.lastIndexOf('\n',
                text.length() - 2)));
        return Optional.of(text.substring(start + 1).strip());
    }

    /**
     * {@return the reply without its closing question when that question asks for something the session already
     * knows (the rest of the reply stays; a reply that is only that question is kept)}
     *
     * @param reply the reply
     * @param known what the session knows
     */
    public static String withoutKnownQuestion(String reply, ThreadState known) {
        Optional<String> question = closingQuestion(reply);
        if (question.isEmpty()) {
            return reply;
        }
        Optional<Kind> asked = asks(question.get());
        if (asked.isEmpty() || !known.knows(asked.get())) {
            return reply;
        }
        String rest = reply.strip().substring(0, reply.strip().length() - question.get().length()).strip();
        return rest.length() < 40 ? reply : rest;
    }

    private static boolean isJob(String role) {
        String[] words = Regexes.split(role.toLowerCase(Locale.ROOT), "\\s+");
        return FactReader.isJobWord(words[words.length - 1]);
    }

    private static String article(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (Regexes.matches(lower, "(?:an?|the) .*")) {
            return role;
        }
        String first = Regexes.split(role, "\\s+")[0];
        // "an HR assistant", "an MRI technician": a capitalised abbreviation is read out letter by letter
        boolean spelled = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))
                && Regexes.matches(first, "[A-Z]+");
        boolean vowelSound = spelled ? "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0 : Regexes.matches(lower, "[aeiou].*");
        return (vowelSound ? "an " : "a ") + role;
    }
}
