package dev.mosaic.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
        assertThat(Lexicon.anchorsOf("\\b(?:\\d+|one) jobs")).isNull();
    }

    @Test
    void anchoredSearchFindsExactlyWhatAFullScanFinds() {
        String regex = "\\b(?:i (?:[a-z]+ ){0,2}?(?:applied|emailed)|gave up|by (?:monday|friday)|no idea)\\b";
        Lexicon lexicon = Lexicon.of(regex);
        Pattern pattern = Pattern.compile(regex);
        String[] words = {"i", "applied", "emailed", "gave", "up", "by", "monday", "friday", "no", "idea", "have",
            "really", "the", "job", "and", "then", "i've", "."};
        SplittableRandom random = new SplittableRandom(3);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
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
}
