package dev.mosaic.core.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Coach.Fact.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first sentence that gives back what the person stated. */
class ReflectionTest {
    private static String reflect(Kind kind, String value) {
        return Reflection.of(List.of(new Coach.Fact(kind, value, value, 1))).orElseThrow();
    }

    @Test
    void anAbbreviationReadLetterByLetterTakesAn() {
        assertThat(reflect(Kind.CURRENT_ROLE, "HR assistant")).contains("an HR assistant");
        assertThat(reflect(Kind.CURRENT_ROLE, "QA tester")).contains("a QA tester");
        assertThat(reflect(Kind.CURRENT_ROLE, "engineer")).contains("an engineer");
        assertThat(reflect(Kind.CURRENT_ROLE, "nurse")).contains("a nurse");
    }
}
