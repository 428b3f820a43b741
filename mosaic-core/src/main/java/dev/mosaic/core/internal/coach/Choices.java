package dev.mosaic.core.internal.coach;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question the coach asks when the library has candidates but none it is sure of: which of the two likeliest
 * situations (each library entry's prompt, written the way people say it) is closer to the person's, and the
 * reading of the answer.
 */
final class Choices {
    private Choices() {
    }

    /** {@return the two situations an unsure match offers, likeliest first} */
    static List<Coach.Option> of(MatchResult.Unsure unsure) {
        return unsure.ranked().stream().limit(2)
                .map(m -> new Coach.Option(m.entry().prompt(), m.entry().tag(), m.entry().id())).toList();
    }

    /** {@return the question that offers them; it lists both, for clients that show no buttons} */
    static String question(List<Coach.Option> options) {
        return "I want to be sure I answer your situation. Which of these is closer to it?\n1. "
                + options.get(0).label() + "\n2. " + options.get(1).label() + "\n" + TELL_MORE;
    }

    private static final String TELL_MORE = "Or tell me a little more in your own words.";

    /** {@return whether a reply offered a choice of two situations, and asked for more words if neither fits} */
    static boolean offered(String reply) {
        return reply.endsWith(TELL_MORE);
    }

    /** {@return the situations a reply offered (their labels, as {@link #question} lists them); empty for none} */
    static List<String> offeredLabels(String reply) {
        if (!offered(reply)) {
            return List.of();
        }
        return reply.lines().filter(line -> line.startsWith("1. ") || line.startsWith("2. "))
                .map(line -> line.substring(3)).toList();
    }

    /**
     * {@return the option a message picks: its label (as a button sends it), its number, or "the first/second"};
     * empty when the message is something else, which is then answered as a new message}
     */
    static Optional<Coach.Option> chosen(String message, List<Coach.Option> options) {
        String said = normal(message);
        int position = position(said);
        for (int i = 0; i < options.size(); i++) {
            if (i == position || said.equals(normal(options.get(i).label()))) {
                return Optional.of(options.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether a message could pick an option at all: a number or "first"/"second", or the words of one of the
     * library's prompts (a label); anything else is a new message}
     */
    static boolean couldChoose(String message, PromptLibrary library) {
        String said = normal(message);
        return position(said) >= 0 || library.entries().stream().anyMatch(e -> normal(e.prompt()).equals(said));
    }

    /** "1", "first", "the first", "the first one", "first one" (and the same for the second), or none of them. */
    private static final Pattern POSITION = Pattern.compile("([12])|(?:the )?(first|second)(?: one)?");

    /** {@return the option a normalised message names by its place: 0, 1, or -1 for none} */
    private static int position(String said) {
        Matcher named = POSITION.matcher(said);
        if (!named.matches()) {
            return -1;
        }
        return named.group(1) != null ? Integer.parseInt(named.group(1)) - 1 : named.group(2).equals("first") ? 0 : 1;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.!?\"']+$", "").replaceAll("\\s+", " ");
    }
}
