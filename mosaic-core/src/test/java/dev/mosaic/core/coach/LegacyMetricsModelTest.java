package dev.mosaic.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The earlier product's formula, checked against values computed by hand from its definition. */
class LegacyMetricsModelTest {
    private final MetricsModel legacy = MetricsModel.legacy(new Metrics(10, 5, 0));

    @Test
    void gainsFollowTheWordCountWithIntegerDivision() {
        String twentyFourWords = "word ".repeat(24).strip();
        MetricsModel.Score scored = legacy.score(legacy.initial(), twentyFourWords, List.of());
        // clarity 10 + min(24/12, 6) = 12; action 5 + min(24/18, 5) = 6; momentum 0 + min(24/20, 4) = 1
        assertThat(scored.metrics()).isEqualTo(new Metrics(12, 6, 1));
    }

    @Test
    void thanksAddsFourToClarityAndGainsAreCapped() {
        String long500 = "thank you " + "word ".repeat(498);
        MetricsModel.Score scored = legacy.score(Metrics.ZERO, long500, List.of());
        // 500 words: clarity min(41, 6) + 4 = 10; action min(27, 5) = 5; momentum min(25, 4) = 4
        assertThat(scored.metrics()).isEqualTo(new Metrics(10, 5, 4));
        assertThat(scored.signals()).extracting(s -> s.kind().key()).contains("thanks", "word_count");
    }

    @Test
    void wordsAreRunsOfWordCharactersAndScoresClampAt100() {
        // "don't" is two \w+ tokens, "x-ray" two, "a_b" one: 5 tokens -> no gain below 12 words
        assertThat(legacy.score(Metrics.ZERO, "don't x-ray a_b", List.of()).metrics()).isEqualTo(Metrics.ZERO);
        assertThat(legacy.score(new Metrics(99, 99, 99), "w ".repeat(240), List.of()).metrics())
                .isEqualTo(new Metrics(100, 100, 100));
    }

    @Test
    void itOnlyEverGoesUp() {
        Metrics before = new Metrics(40, 40, 40);
        assertThat(legacy.score(before, "I gave up, I'm stuck and lost", List.of()).metrics()).isEqualTo(before);
    }
}
