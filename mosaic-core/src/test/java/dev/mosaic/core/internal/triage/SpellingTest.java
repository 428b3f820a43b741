package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The spelling correction reads misspellings of care words as those words, and never a real word as another:
 * "treat" is not "threat", "homeless" not "hopeless", "tough" not "though". {@code real-words.txt} holds the 7,411
 * words of five letters or more that both a standard English word list (Debian's wamerican) and Mosaic's own data
 * (the prompt library, the care examples, every evaluation set) use; a new care word one letter from any of them makes
 * this test fail until the word joins {@code set written} in the rule file.
 */
class SpellingTest {
    /** Read as another word on purpose, by a 'typo' line: "I can't breath" is "breathe". */
    private static final Set<String> ON_PURPOSE = Set.of("breath");

    @Test
    void realWordsAreReadAsWritten() throws IOException {
        List<String> words;
        try (InputStream in = SpellingTest.class.getResourceAsStream("/evaluation/triage/real-words.txt")) {
            words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(w -> !w.isBlank()).toList();
        }
        assertThat(words).hasSizeGreaterThan(7_000);
        Triage triage = Triage.bundled();
        assertThat(words).filteredOn(w -> !ON_PURPOSE.contains(w))
                .allSatisfy(w -> assertThat(triage.reads(w)).as(w).isEqualTo(w));
    }

    @Test
    void misspellingsOfCareWordsAreStillCorrected() {
        Triage triage = Triage.bundled();
        assertThat(triage.reads("kiling")).isEqualTo("killing");
        assertThat(triage.reads("sucidal")).isEqualTo("suicidal");
        assertThat(triage.reads("exausted")).isEqualTo("exhausted");
        assertThat(triage.reads("overwhelmd")).isEqualTo("overwhelmed");
        assertThat(triage.reads("breath")).isEqualTo("breathe");
    }
}
