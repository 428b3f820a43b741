package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules and readings added after heldout-v8 was measured, written from its misses in other words: crises and
 * distress it named in ways no rule knew, work questions about other people's crises and about the writer's own crises
 * long past (a person after "I'm a manager and" is not the writer; a time word reaches the clause "and" joins to it),
 * and everyday money and hobbies.
 */
class RoundSevenRulesTest {
    @Test
    void crisesNamedInWaysNoRuleKnewAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "lost my job this morning and honestly I see no reason to keep going",
                "I've already thought about how I would do it",
                "since the restructure I think about ending it every night",
                "a delivery driver keeps telling me he knows what time I finish my shift",
                "the guy from the bar knows where I park at work",
                "my boyfriend put me in hospital last month and I'm back at work with bruises");
    }

    @Test
    void distressNamedInWaysNoRuleKnewIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "sat in the staff toilets in tears for half an hour",
                "I've stopped feeling anything, good or bad",
                "whole department got cut at the town hall. still in shock",
                "they let me go this afternoon, no warning",
                "my boss just fired me by text");
    }

    @Test
    void workQuestionsAboutOtherPeoplesCrisesOrTheWritersPastOnesAreNot() {
        assertLevel(null,
                "how do I ask my manager about the reorg without looking like I'm panicking?",
                "the new apprentice on my crew goes quiet and teary after every shift, as her mentor what do I do?",
                "a pupil told me she's been self-harming, as her teacher what do I do?",
                "I'm a team lead and someone on my team had a panic attack during standup",
                "a few years ago I hit rock bottom and attempted suicide. I'm doing well now and want to retrain as a "
                        + "counsellor",
                "had a burnout at 29, now 35 and thriving, want to lead a team",
                "I used to self-harm at school, I'm 30 now. Will that count against me in nursing?");
    }

    @Test
    void everydayMoneyAndHobbiesAreOffTopicButAStudentLoanBesideAWorkQuestionIsNot() {
        for (String message : new String[] {
                "should I pay off my car loan or save for a holiday?",
                "help me plan a household budget for two adults and a baby",
                "beginner tips for knitting a scarf"}) {
            assertThat(Triage.bundled().assess(message).verdict()).as(message).isEqualTo(Verdict.OFF_TOPIC);
        }
        assertThat(Triage.bundled().assess("I'm paying off my student loan from my nursing degree while working "
                + "nights, should I ask for a raise?").verdict()).isEqualTo(Verdict.COACHING);
    }
}
