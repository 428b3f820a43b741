package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The rules' index (candidates by the first word, narrowed by the second) must find exactly what trying every rule at
 * every word finds: it only saves the tries that cannot match.
 */
class RulesIndexTest {
    private static final Comparator<Rules.Hit> ORDER = Comparator.comparingInt(Rules.Hit::from)
            .thenComparingInt(hit -> hit.rule().id()).thenComparingInt(Rules.Hit::to);

    private static Rules bundled() throws IOException {
        try (InputStream in = Triage.class.getResourceAsStream("triage-rules.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Rules.parse(reader.lines().toList(), "triage-rules.txt");
        }
    }

    @Test
    void theIndexFindsWhatEveryRuleTriedEverywhereFinds() throws IOException {
        Rules rules = bundled();
        List<String> messages = new ArrayList<>();
        try (InputStream in = RulesIndexTest.class.getResourceAsStream(CareNeighbours.RESOURCE)) {
            int row = 0;
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (row++ % 6 == 0) { // a sixth of the examples keeps the full scan to a second or two
                    messages.add(record.get("message"));
                }
            }
        }
        // numbers open the rules that start with one; a word at a sentence's end leaves no second word to narrow by
        messages.addAll(List.of("60 hour weeks and 4 hrs sleep a night for 3 weeks", "i am", "I am.", "not",
                "5 are being laid off", "3 years ago i was on the bridge", "i", "I. am. on. the. bridge."));
        Random random = new Random(7);
        String[] words = {"i", "am", "not", "on", "the", "bridge", "cant", "do", "this", "anymore", "3", "hours",
                "sleep", "my", "boss", "hits", "me", ".", ",", "want", "to", "die", "job", "killing"};
        for (int k = 0; k < 500; k++) {
            StringBuilder message = new StringBuilder();
            for (int w = random.nextInt(12) + 1; w > 0; w--) {
                message.append(words[random.nextInt(words.length)]).append(' ');
            }
            messages.add(message.toString());
        }
        int found = 0;
        for (String message : messages) {
            Tokens tokens = Tokens.of(message, rules);
            List<Rules.Hit> indexed = new ArrayList<>(rules.hits(tokens));
            List<Rules.Hit> everywhere = new ArrayList<>(rules.hitsTryingEveryRule(tokens));
            indexed.sort(ORDER);
            everywhere.sort(ORDER);
            assertThat(indexed).as(message).isEqualTo(everywhere);
            found += indexed.size();
        }
        assertThat(found).as("hits over %d messages", messages.size()).isGreaterThan(messages.size());
    }
}
