package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v9 was measured, written from its misses in other words, each group with the ordinary
 * wording it must not catch.
 */
class RoundEightRulesTest {
    @Test
    void crisesNamedInWaysNoRuleKnewAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "17 and working at a cinema, and I keep searching for painless ways to die",
                "can you fix my CV quickly, after that I'm done with everything. permanently.",
                "there's no point in living if I can't even keep a cleaning job",
                "burning myself is the only thing that gets me through the shifts",
                "a customer at the till said he's going to rape me after closing");
    }

    @Test
    void distressNamedInWaysNoRuleKnewIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "honestly breaking down, everyone at the depot wants something from me",
                "I'm a shell after six weeks of nights",
                "been awake since sunday and the audit is tomorrow",
                "the factory closed for good today, we found out at the gate");
    }

    @Test
    void workQuestionsAboutOtherPeoplesCrisesOrTheWritersPastOnesAreNot() {
        assertLevel(null,
                "a pupil told me her stepdad hits her and she's scared to go home, as her teacher what must I do?",
                "a colleague keeps turning up with bruises and goes pale when her boyfriend calls",
                "one of my cleaners told me he's been self-harming, what support can I offer as his employer?",
                "one of my trainees burned his hand on purpose at the restaurant today, what do I do as his manager?",
                "I used to self-harm at uni, it's long behind me now. Does it matter for a teaching application?",
                "left a controlling marriage two years ago and I'm ready to build a career, where do I start?",
                "I had panic attacks at my old company. Left a year ago, much happier now. How do I spot a healthier workplace?",
                "a few years back I was suicidal over my job. Therapy helped and I'm well now. How do I move into peer support?");
    }

    @Test
    void theFigurativeNeighboursOfTheNewRulesAreNot() {
        assertLevel(null,
                "how do I get better at breaking down big projects into tasks?",
                "there's no point in applying if they want ten years of experience, right?");
    }
}
