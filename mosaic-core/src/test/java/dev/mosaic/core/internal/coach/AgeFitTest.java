package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgeFitTest {
    @Test
    void readsAnAgeOnlyWhereTheWordsSayItIsOne() {
        assertThat(AgeFit.stated("I'm 58 and was made redundant in January")).hasValue(58);
        assertThat(AgeFit.stated("34, maths teacher, 34-year-old career changer")).hasValue(34);
        assertThat(AgeFit.stated("is it too late to retrain at 50?")).hasValue(50);
        assertThat(AgeFit.stated("aged 41, no degree")).hasValue(41);
        assertThat(AgeFit.stated("I'm in my late forties and tired of retail")).hasValue(48);
        assertThat(AgeFit.stated("im 19 yo and working in a warehouse")).hasValue(19);
        assertThat(AgeFit.stated("I'm 30 minutes from the office and work 40 hours a week")).isEmpty();
        assertThat(AgeFit.stated("I'm 12 years into nursing")).isEmpty();
        assertThat(AgeFit.stated("I manage 15 people at 40 hours a week")).isEmpty();
        assertThat(AgeFit.stated("I'm 85k a year and want more")).isEmpty();
        assertThat(AgeFit.stated("a team of 12 and I'm happy")).isEmpty();
    }

    @Test
    void aLibrarySituationMayBeToldAtAStageOfLifeButAPersonsWordsAreNotReadSo() {
        assertThat(AgeFit.told("I'm in my first job and everything feels overwhelming.")).hasValue(22);
        assertThat(AgeFit.told("I'm a new grad and I've applied everywhere with no luck.")).hasValue(22);
        assertThat(AgeFit.told("I'm close to retirement and struggle to stay motivated.")).hasValue(62);
        assertThat(AgeFit.told("How do I negotiate salary for my first job offer?")).isEmpty();
        assertThat(AgeFit.stated("I'm in my first job in tech after twenty years of nursing")).isEmpty();
    }

    @Test
    void aSituationToldFarFromThePersonsAgeIsNotTheirs() {
        assertThat(AgeFit.fits(58, 25)).as("a 58-year-old is not in their twenties").isFalse();
        assertThat(AgeFit.fits(34, 17)).as("a 34-year-old is not leaving high school").isFalse();
        assertThat(AgeFit.fits(17, 30)).isFalse();
        assertThat(AgeFit.fits(58, 45)).as("'am I too old at 45?' fits anyone older").isTrue();
        assertThat(AgeFit.fits(40, 52)).isTrue();
        assertThat(AgeFit.fits(25, 45)).as("but not someone of 25").isFalse();
    }

    @Test
    void theLikeliestSituationAtAnotherAgeMakesTheMatchUnsure() {
        PromptMatch twenties = match("a", "I'm in my twenties and job-hopped a lot. Is that a problem?", 0.9);
        PromptMatch late = match("b", "Is it too late to change careers at 50?", 0.8);
        PromptMatch ageless = match("c", "How do I explain a redundancy in interviews?", 0.7);
        MatchResult sure = new MatchResult.Matched(List.of(twenties, late, ageless));
        assertThat(AgeFit.keep(sure, OptionalInt.of(58))).isEqualTo(new MatchResult.Unsure(List.of(late, ageless)));
        assertThat(AgeFit.keep(sure, OptionalInt.of(24))).isEqualTo(new MatchResult.Matched(List.of(twenties,
                ageless)));
        assertThat(AgeFit.keep(sure, OptionalInt.empty())).isSameAs(sure);
        assertThat(AgeFit.keep(new MatchResult.Unsure(List.of(twenties, late)), OptionalInt.of(58)))
                .isInstanceOf(MatchResult.NoMatch.class);
    }

    @Test
    void theCoachAnswersNeitherA58YearOldAsTwentySomethingNorA16YearOldAsTooOld() {
        // Both were served before: "Changing jobs in your twenties is common ..." and "You're not too old."
        try (Mosaic mosaic = Mosaic.builder().build()) {
            CoachReply hopper = mosaic.coach().chat(mosaic.sessions().create().id(),
                    "I'm 58 and job-hopped a lot. Is that a problem?");
            assertThat(hopper.message()).doesNotContainIgnoringCase("twenties");
            assertThat(hopper.options()).noneMatch(o -> o.label().contains("twenties"));
            assertThat(hopper.options()).extracting(o -> o.label()).contains(
                    "My resume has too many short jobs. Will employers think I'm a job hopper?");
            CoachReply young = mosaic.coach().chat(mosaic.sessions().create().id(),
                    "I'm 16 and want to learn programming, am I too young?");
            assertThat(young.message()).doesNotContain("You're not too old");
        }
    }

    private static PromptMatch match(String id, String prompt, double confidence) {
        return new PromptMatch(new PromptEntry(id, prompt, "An answer for the situation.", "General", List.of("x")),
                confidence * 10, confidence, List.of());
    }
}
