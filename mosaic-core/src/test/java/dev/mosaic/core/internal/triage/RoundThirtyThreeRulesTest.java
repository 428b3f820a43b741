package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v34's misses, written after it was measured and tested here in other words: letting the sea take
 * the writer, not making it to retirement, "it'll all end soon", on a ledge now, not around for something, blades
 * calling, the notes written already, carving into oneself, goodbyes said without saying why, wanting out for good; a
 * whole team let go today, flat, crumbling, no decision possible, "overwhelmed doesn't cover it"; what is not
 * care (an email to a manager before a goodbye, a goodbye after getting the job, self-harm injuries treated at work,
 * "bury me in my inbox", a past asked about as an issue); and goodbyes that plan to come back.
 */
class RoundThirtyThreeRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "some nights I walk to the pier and think I'll just let the water take me",
                "honestly not planning on making it to pension age, so why bother with this review",
                "it's all going to end soon",
                "at the cliff edge now",
                "can I cancel the induction day? I won't be here for it anyway, it's all arranged",
                "the razor keeps calling me",
                "finished my notes already",
                "I was carving into myself again after the appraisal",
                "been saying my goodbyes to the lads on site, didn't tell them what for",
                "I just want out for good");
    }

    @Test
    void distressInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "the entire department was laid off this morning on a 10 minute call",
                "totally flat.",
                "I'm slowly crumbling at this job and I know it",
                "I cannot make even the simplest decision today, I've stared at one email for an hour",
                "overwhelmed does not even cover it right now");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "Great, thanks! Off to write that message to my boss. Bye!",
                "Thanks for everything, I landed the role! This is goodbye, all the best",
                "ward nurse here, self-harm admissions every week. Would mental health nursing suit me?",
                "bury me in my inbox why don't you. how do I ask for a second admin?",
                "I self-harmed at school years ago. Would that be a problem for police vetting?");
    }

    @Test
    void goodbyesThatPlanToComeBackAreLeftToTheRules() {
        assertLeftToRules("thanks! I'll let you know how the assessment centre went. bye",
                "signing off for the night, back tomorrow with the cover letter");
    }

    @Test
    void ageAsABarrierAtWorkIsLeftToTheRules() {
        // found talking to the server: held-out thread conversation c39's opening got the crisis reply again once
        // heldout-v33 joined the examples (three of its seven nearest are crises of people made redundant at 58)
        assertLeftToRules("I'm 61, laid off in March, and I think my age might be the issue with recruiters",
                "is ageism in hiring something I can do anything about at 59?");
        assertLevel(Care.Level.CRISIS, "I'm 58, nobody hires people my age and honestly I want to end my life");
    }

    @Test
    void aLostJobTodayForAWholeTeamIsTheWritersToo() {
        assertThat(Triage.bundled().assess("our whole office was made redundant today").kind())
                .contains(Care.Kind.JOB_LOSS);
    }
}
