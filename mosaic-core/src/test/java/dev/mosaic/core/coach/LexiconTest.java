package dev.mosaic.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void anchorsAreTheFirstWordsOfTheAlternatives() {
        assertThat(Lexicon.anchorsOf("\\b(?:i will|i'll|by (?:monday|friday)|tomorrow)\\b"))
                .containsExactlyInAnyOrder("i", "i'll", "by", "tomorrow");
        assertThat(Lexicon.anchorsOf("\\b(?:procrastinat\\w*|stuck)\\b")).as("a partial word cannot anchor").isNull();
        assertThat(Lexicon.anchorsOf("[$£]\\d+")).isNull();
        assertThat(Lexicon.anchorsOf("\\b(?:\\d+|one) jobs")).as("a number anchors on any word with a digit first")
                .containsExactlyInAnyOrder(Lexicon.NUMBER, "one");
        assertThat(Lexicon.anchorsOf("\\b(?:non-profit|on-site|remote)\\b")).as("a hyphen ends the first word")
                .containsExactlyInAnyOrder("non", "on", "remote");
        assertThat(Lexicon.anchorsOf("\\b(?:on-site|remote)\\b|\\bhybrid")).as("an alternative outside the group")
                .isNull();
    }

    @Test
    void numberAndHyphenAnchorsFindExactlyWhatAFullScanFinds() {
        assertSameAsFullScan("\\b(?:\\d+|two|a dozen)\\s+(?:[a-z-]+\\s+){0,2}?(?:applications?|jobs)\\b",
                Lexicon::of, new String[] {"3", "12", "two", "a", "dozen", "applications", "application", "jobs",
                    "sent", "i", "$40k", "3rd", "."});
        assertSameAsFullScan("\\b(?:non-profit|on-site|4-day week|non|remote)\\b", Lexicon::of, new String[] {
            "non-profit", "non", "profit", "on-site", "on", "site", "4-day", "week", "remote", "i", "."});
    }

    @Test
    void aLexiconThatNeedsADigitFindsWhatAFullScanFinds() {
        assertSameAsFullScan("[$£€]\\s?\\d[\\d,.]*k?|\\b\\d{2,3}k\\b", Lexicon::withDigits,
                new String[] {"$", "$40k", "90k", "salary", "of", "at", "least", "£", "55,000", "k", "."});
    }

    private static void assertSameAsFullScan(String regex, Function<String, Lexicon> factory,
                                             String[] words) {
        Lexicon lexicon = factory.apply(regex);
        Pattern pattern = Pattern.compile(regex);
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            String message = text.toString().strip();
            List<String> expected = new ArrayList<>();
            Matcher matcher = pattern.matcher(message);
            while (matcher.find()) {
                expected.add(matcher.group());
            }
            assertThat(lexicon.find(new Lexicon.Words(message), Integer.MAX_VALUE)).as(message)
                    .isEqualTo(expected);
        }
    }

    @Test
    void anchoredSearchFindsExactlyWhatAFullScanFinds() {
        assertSameAsFullScan("\\b(?:i (?:[a-z]+ ){0,2}?(?:applied|emailed)|gave up|by (?:monday|friday)|no idea)\\b",
                Lexicon::of, new String[] {"i", "applied", "emailed", "gave", "up", "by", "monday", "friday", "no",
                    "idea", "have", "really", "the", "job", "and", "then", "i've", "."});
    }
}
