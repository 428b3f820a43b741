package dev.mosaic.core.internal.thread;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a model's reply from stating facts about the person that they never gave: every amount of money, number of
 * years, place and "you're a ..." in the reply must appear in what the person wrote (or in the library notes the
 * model was given). A reply that fails is not served; the library answers instead. Stateless.
 */
public final class Grounding {
    private static final Pattern MONEY = Pattern.compile("[$£€₹]\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:k|m)?\\b"
            + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?k\\b|\\b\\d{2,3},\\d{3}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,2})\\+?\\s*(?:years?|yrs?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YOU_ARE = Pattern.compile("\\b(?:you'?re|you are|as)\\s+an?\\s+((?:[a-z-]+\\s+){0,2}"
            + "[a-z-]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\b");

    private Grounding() {
    }

    /**
     * {@return whether every personal fact the reply states is one the person gave}
     *
     * @param reply the model's reply
     * @param known what the session knows
     * @param message this turn's message
     * @param earlier the session's earlier turns, newest first
     * @param match the library notes the model was given
     */
    public static boolean statesOnlyKnown(String reply, ThreadState known, String message,
                                          List<Coach.Turn> earlier, MatchResult match) {
        StringBuilder said = new StringBuilder(message).append('\n');
        for (Coach.Turn turn : earlier) {
            said.append(turn.prompt()).append('\n');
        }
        for (Coach.Fact fact : known.facts()) {
            said.append(fact.value()).append('\n');
        }
        for (PromptMatch m : match.ranked().subList(0, Math.min(3, match.ranked().size()))) {
            said.append(m.entry().completion()).append('\n');
        }
        String source = normal(said.toString());
        Matcher money = MONEY.matcher(reply);
        while (money.find()) {
            if (!source.contains(digits(money.group()))) {
                return false;
            }
        }
        Matcher years = YEARS.matcher(reply);
        while (years.find()) {
            if (!Pattern.compile("\\b" + years.group(1) + "\\b").matcher(source).find()) {
                return false;
            }
        }
        Matcher role = YOU_ARE.matcher(reply);
        while (role.find()) {
            String[] words = role.group(1).toLowerCase(Locale.ROOT).split("\\s+");
            String head = words[words.length - 1];
            if (FactReader.ROLE_HEADS.contains(head) && !source.contains(head)) {
                return false;
            }
        }
        Matcher word = CAPITALISED.matcher(reply);
        while (word.find()) {
            if (Places.find(word.group()).isPresent() && !source.contains(normal(word.group()))) {
                return false;
            }
        }
        return true;
    }

    private static String digits(String amount) {
        return normal(amount).replaceAll("[^0-9k.]", "");
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace(",", "");
    }
}
