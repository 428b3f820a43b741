package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.care.Care;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How triage reads words: negation, other people, reported speech, figures of speech, spelling and shorthand. */
class TriageTest {
    private final Triage triage = Triage.bundled();

    private Verdict verdict(String message) {
        return triage.assess(message).verdict();
    }

    @Test
    void directAndIndirectCrisisLanguageIsCrisis() {
        for (String message : List.of("I want to kill myself", "kms honestly", "i want to kill my self",
                "im so sucidal lately", "everyone would be better off without me",
                "I don't think I want to be alive anymore", "he'll hurt me if I leave",
                "I've been saving my tablets and I've picked a date",
                "I wrote letters to my kids and sorted my will")) {
            assertThat(triage.assess(message)).as(message).satisfies(result -> {
                assertThat(result.verdict()).isEqualTo(Verdict.CRISIS);
                assertThat(result.cue()).isNotBlank();
                assertThat(result.rule()).isPositive();
            });
        }
        assertThat(triage.assess("he'll hurt me if I leave").kind()).contains(Care.Kind.ABUSE);
        assertThat(triage.assess("I just swallowed the whole bottle").kind()).contains(Care.Kind.DANGER);
    }

    @Test
    void negationFigurativeSpeechOtherPeopleAndThePastAreNotCare() {
        for (String message : List.of("I'm not suicidal, just bored out of my mind at work",
                "this job is killing me", "I'm dying to get into product management", "I'd kill for a four-day week",
                "quitting now would be career suicide", "my friend was laid off this morning, how can I help her?",
                "my colleague says \"I want to die\" every time the printer jams lol",
                "years ago I had a panic attack in an interview; how do I prepare this time?",
                "I wouldn't say I'm burned out, more under-challenged", "a bit shaky before the interview tomorrow",
                "I'm about to jump off a cliff (career-wise) and open a bakery",
                "my manager hit me with a PIP out of nowhere", "I'm drowning in emails",
                "my coworker cries after meetings, how do I support her?")) {
            assertThat(triage.assess(message).care()).as(message).isFalse();
        }
    }

    @Test
    void distressIsReadWithItsKind() {
        assertThat(triage.assess("I can't stop crying at my desk").kind()).contains(Care.Kind.CRYING);
        assertThat(triage.assess("having a panic attack in the toilets right now").kind()).contains(Care.Kind.PANIC);
        assertThat(triage.assess("chest pains every morning before work").kind()).contains(Care.Kind.PHYSICAL);
        assertThat(triage.assess("got laid off an hour ago").kind()).contains(Care.Kind.JOB_LOSS);
        assertThat(triage.assess("I feel completely numb").kind()).contains(Care.Kind.NUMB);
        assertThat(triage.assess("I can't cope with any of it anymore").kind()).contains(Care.Kind.OVERWHELMED);
    }

    @Test
    void aJobLostTodayOutranksTheBodysReactionUnlessItNeedsADoctorToday() {
        assertThat(triage.assess("I got laid off this morning. 8 years there. I can't stop shaking.").kind())
                .contains(Care.Kind.JOB_LOSS);
        assertThat(triage.assess("I can't stop shaking, they let me go an hour ago").kind())
                .contains(Care.Kind.JOB_LOSS);
        assertThat(triage.assess("made redundant this morning and now I've got chest pains").kind())
                .contains(Care.Kind.PHYSICAL);
    }

    @Test
    void offTopicVagueAndCoachingAreToldApart() {
        assertThat(verdict("17*23")).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(verdict("who won the World Series")).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(verdict("write me a poem about the ocean")).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(verdict("how often should i walk a border collie?")).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(verdict("idk")).isEqualTo(Verdict.VAGUE);
        assertThat(verdict("just feeling stuck")).isEqualTo(Verdict.VAGUE);
        assertThat(verdict("hi")).isEqualTo(Verdict.VAGUE);
        assertThat(verdict("I want to move from support into product management")).isEqualTo(Verdict.COACHING);
        assertThat(verdict("my boss recommended a book, who wrote Dune?")).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(triage.assess("what's the tallest bridge near here?").riskSigns()).isTrue();
    }

    @Test
    void hugeAndOddInputIsReadBoundedAndWithoutError() {
        // A 40-character cap per word and 2,000 words per message bound the work.
        assertThat(verdict("a".repeat(1_000_000) + " I want to kill myself")).isEqualTo(Verdict.CRISIS);
        assertThat(verdict("word ".repeat(200_000) + "I want to kill myself")).isEqualTo(Verdict.VAGUE);
        assertThat(triage.assess("\u0000\uD800 ''' \"\"\" ...").verdict()).isEqualTo(Verdict.VAGUE);
        assertThat(triage.explain("I'm not suicidal")).contains("i am not suicidal", "CRISIS SUICIDE line");
    }

    @Test
    void aBrokenRuleFileNamesTheLineAndTheProblem() {
        assertThatThrownBy(() -> Triage.of(List.of("# ok", "shout suicide : help"), "rules.txt"))
                .isInstanceOf(MosaicException.class).hasMessage("rules.txt:2: unknown level 'shout'");
        assertThatThrownBy(() -> Triage.of(List.of("crisis : help me"), "r")).hasMessage("r:1: a care rule needs a kind");
        assertThatThrownBy(() -> Triage.of(List.of("career suicide : job"), "r"))
                .hasMessage("r:1: only care rules have a kind");
        assertThatThrownBy(() -> Triage.of(List.of("crisis crying : tears"), "r"))
                .hasMessage("r:1: kind crying does not belong to crisis");
        assertThatThrownBy(() -> Triage.of(List.of("risk sadness : blue"), "r"))
                .hasMessageStartingWith("r:1: unknown risk frame 'sadness'");
        assertThatThrownBy(() -> Triage.of(List.of("crisis suicide : [maybe] die"), "r"))
                .hasMessage("r:1: a pattern must start with a word that is not optional");
        assertThatThrownBy(() -> Triage.of(List.of("crisis suicide : die .."), "r"))
                .hasMessage("r:1: a pattern must not end with a gap");
        assertThatThrownBy(() -> Triage.of(List.of("crisis suicide : @nowhere"), "r"))
                .hasMessageStartingWith("r:1: unknown set @nowhere");
        assertThatThrownBy(() -> Triage.of(List.of("typo wrong"), "r"))
                .hasMessage("r:1: a typo is written wrong=right, was wrong");
        assertThatThrownBy(() -> Triage.of(List.of("crisis suicide : Die"), "r"))
                .hasMessage("r:1: 'Die' must be lowercase letters and digits");
        assertThatThrownBy(() -> Triage.of(List.of("crisis suicide die"), "r"))
                .hasMessage("r:1: a rule is written 'level [kind] [flags] : pattern'");
        assertThat(Triage.of(List.of("set x a b", "crisis suicide : @x c"), "r").assess("a c").verdict())
                .isEqualTo(Verdict.CRISIS);
        assertThat(Triage.bundled().size()).isGreaterThan(300);
    }
}
