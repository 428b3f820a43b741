package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v7 was measured (written from its misses in other words), each with the ordinary
 * wording it must not catch, and the flag that keeps the neighbours from adding care the rules explained away.
 */
class RoundSixRulesTest {
    @Test
    void obliqueFarewellsPreparationsAndDangerAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "I won't be a burden to anyone for much longer, they can replace me easily",
                "sat in the garage last night with the engine running. work is the least of it",
                "the lights are going out for good and I'm fine with that",
                "scheduled the emails for Sunday and wrote the notes for my family",
                "I'm ready to check out of life, not just this job",
                "relapsed last night. the cuts are deeper this time and I start a new job monday",
                "my ex keeps sitting outside my work in his car every morning",
                "he sent me a photo of my front door at 3am",
                "a customer says he knows which school my kids go to",
                "I'm in the bath with a razor right now",
                "I injected all of my insulin",
                "he's going to shoot the manager, he's yelling in the car park",
                "i dont think ill still be here by christmas so why fix my cv",
                "my boss sexually assaulted me at the conference",
                "she throws plates at me when I get home late from shifts");
    }

    @Test
    void panicAndOverwhelmWordedThroughTheBodyAreDistress() {
        assertThat(level("giving a presentation in ten minutes and I'm in full panic, tunnel vision"))
                .isEqualTo(Care.Level.DISTRESS);
        assertThat(level("I can't form a single thought and the report is due in an hour"))
                .isEqualTo(Care.Level.DISTRESS);
    }

    @Test
    void jokesOtherPeoplesCrisesAndCrisesYearsPastAreNotAndAreMarkedExplained() {
        assertLeftToRules(
                "if I have to do one more all-hands I'm going to shoot myself. how do I skip them politely?",
                "our team lost a colleague to suicide in March, how do I support my team?",
                "I used to self-harm at uni, I'm doing well now, should I cover my scars at interviews?",
                "After an overdose three years ago I had treatment and I'm stable now. How do I explain the gap?",
                "one of my apprentices has panic attacks on the shop floor, what do I do as a manager?");
    }

    @Test
    void ordinaryNeighboursOfTheNewRulesAreNot() {
        for (String message : new String[] {
                "I'm a social worker moving into policy, what roles exist?",
                "the problem won't be there for much longer, we're fixing the pipeline",
                "we're going to shoot the new product video next week",
                "the lights are going out in the office at 6 for the new energy policy"}) {
            TriageResult read = Triage.bundled().assess(message);
            assertThat(read.care()).as(message).isFalse();
            assertThat(read.explained()).as(message).isFalse();
        }
    }

    @Test
    void aCooksQuestionAboutWorkIsAboutWork() {
        assertThat(Triage.bundled().assess("I want to ask the owner of the restaurant for a raise, I've been the head "
                + "cook for 4 years").verdict()).isEqualTo(Verdict.COACHING);
        assertThat(Triage.bundled().assess("how do I cook rice without it going mushy?").verdict())
                .isEqualTo(Verdict.OFF_TOPIC);
    }

    @Test
    void theNeighboursAddNoCareToAMessageOfFewerThanSixWords() {
        CareNeighbours.Reading crisis = new CareNeighbours.Reading(java.util.Optional.of(Care.Kind.SUICIDE), false,
                false, 0.9);
        assertThat(Triage.bundled().assess("exit").withNeighbours(crisis, "exit").care()).isFalse();
        String six = "the only exit I can see now";
        assertThat(Triage.bundled().assess(six).withNeighbours(crisis, six).care()).isTrue();
    }

    @Test
    void theNeighboursAddNoCareWhereTheRulesExplainedItAway() {
        CareNeighbours.Reading distress = new CareNeighbours.Reading(java.util.Optional.of(Care.Kind.PANIC), false,
                false, 0.9);
        String other = "one of my apprentices has panic attacks on the shop floor, what do I do as a manager?";
        assertThat(Triage.bundled().assess(other).withNeighbours(distress, other).care()).isFalse();
        String unexplained = "everything at work feels like it's closing in and I can't get air";
        TriageResult plain = Triage.bundled().assess(unexplained);
        assertThat(plain.care()).as("no rule reads it").isFalse();
        assertThat(plain.explained()).isFalse();
        assertThat(plain.withNeighbours(distress, unexplained).kind()).contains(Care.Kind.PANIC);
    }
}
