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

    @Test
    void aDayThatOnlyPlacesTheMessageInTimeIsNotSaidBackAlone() {
        assertThat(Reflection.of(List.of(new Coach.Fact(Kind.DATE, "tomorrow", "tomorrow", 1)))).isEmpty();
        assertThat(Reflection.of(List.of(new Coach.Fact(Kind.DATE, "next week", "next week", 1)))).isEmpty();
        assertThat(reflect(Kind.DATE, "Thursday")).isEqualTo("From what you've said: Thursday.");
        assertThat(Reflection.of(List.of(new Coach.Fact(Kind.DATE, "tomorrow", "tomorrow", 1),
                new Coach.Fact(Kind.COMPANY, "Kestrel", "Kestrel", 1)))).contains("From what you've said: Kestrel.");
    }

    /** The library's own closing questions that ask for the role or field the person is aiming for. */
    @Test
    void theLibrarysQuestionsForTheTargetAreKnownAsSuchAndDroppedOnceItIsKnown() {
        for (String question : new String[] {
                "Which job title are you hoping to hold in two years?",
                "What kind of job do you hope to have a year after the bootcamp?",
                "What kind of role would be a perfect fit for you right now?",
                "What new field are you targeting, and what skills do you think carry over?",
                "What field or role are you most curious about right now?",
                "Which field are you thinking of, and have you checked whether it offers returnships?",
                "What would you tell a recruiter is your ideal next role, in one or two sentences?",
                "What kind of work are you hoping to go back to, the same field or something new?"}) {
            assertThat(Reflection.asks(question)).as(question).contains(Kind.TARGET_ROLE);
        }
        for (String question : new String[] {
                "Which skill could you build in this job that would help you later?",
                "What first made you want to work in this field?",
                "Which corner of your field have you always been curious about?"}) {
            assertThat(Reflection.asks(question)).as(question).isEmpty();
        }
        ThreadState known = ThreadState.of(List.of(new Coach.Fact(Kind.TARGET_ROLE, "data analytics",
                "into data analytics", 1)));
        String reply = "Pick one small dataset from your own classroom and build a single chart from it this week. "
                + "Which job title are you hoping to hold in two years?";
        assertThat(Reflection.withoutKnownQuestion(reply, known)).isEqualTo("Pick one small dataset from your own "
                + "classroom and build a single chart from it this week.");
    }
}
