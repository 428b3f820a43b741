package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v26's misses, written after it was measured and tested here in other words: over a rail or looking
 * down from a height, "happier if I killed myself", abuse at work going on now (forced into a room, touched every
 * shift, pressed against, a threat to follow one home); distress now (shut down, sitting in the dark, everything too
 * loud, spent, crying in a stairwell); and what is not care or not a career question (a denial that compares, a manager
 * preparing for a disclosure, a professional's doses, a script named {@code backup.sh}, Job's tears).
 */
class RoundTwentyFiveRulesTest {
    @Test
    void crisesToldInOneSentenceInsideACareerQuestion() {
        assertLevel(Care.Level.CRISIS,
                "quick question about references for a grad job. I'm up on the multistorey roof and I've climbed past "
                        + "the barrier",
                "I've stepped over the railing on the top floor of the car park",
                "been going up to the cliff road after work and just staring down at the rocks for ages",
                "I keep staring down from the bridge on my walk to work",
                "my whole family would be better off if i ended myself tbh. anyway how do i write a personal statement",
                "they'd all be happier if i died");
    }

    @Test
    void abuseAtWorkGoingOnNow() {
        assertLevel(Care.Level.CRISIS,
                "my supervisor drags me into the stockroom and gropes me, what courses would get me a better job",
                "the shift lead touches me every time we're alone on nights",
                "a regular keeps rubbing up against me at the bar",
                "he told me he'll follow me home after closing",
                "she said she'd follow me to my car tonight");
    }

    @Test
    void distressNowInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "I've completely shut down.",
                "i'm sitting in the dark at my desk, I can't start anything",
                "the open plan office is too loud, it's all too much",
                "i can't deal with anything right now",
                "I've never felt this exhausted in 30 years of teaching",
                "im spent and i cant keep going",
                "hiding in the loading bay crying before my next delivery run",
                "I'm sitting at school crying in the toilets");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "nothing close to suicidal, just burnt out on retail. what else can I do?",
                "what should a shift manager say if a staff member mentions suicidal thoughts? want to be ready",
                "As a nurse I know the overdose limits for most drugs. Could I move into pharmacovigilance?",
                "I'm not crying into my keyboard, just want help choosing between two offers",
                "I had a panic attack at uni once, I'm fine now. Do I mention it to occupational health?");
        assertThat(TriageLevels.level("hr pulled me into a room at 4pm and that was it, after 12 years"))
                .as("being let go in a meeting room is not abuse").isNotEqualTo(Care.Level.CRISIS);
    }

    @Test
    void namesWithADotAreNotTwoSentences() {
        assertVerdict(Verdict.OFF_TOPIC, "my crontab entry never fires, it calls /opt/jobs/deploy.sh at 2am",
                "Job's tears or lemongrass, which grows better on a windowsill?",
                "my k8s job pod is stuck in pending, why?",
                "which package manager is better for a monorepo, npm or pnpm?");
        assertLevel(Care.Level.CRISIS, "sh again. the new job is too much");
    }

    @Test
    void careerQuestionsWithTheSameWordsStayCareerQuestions() {
        assertVerdict(Verdict.COACHING, "got put on a pip, what now",
                "should i get the kubernetes cka cert to get a better devops job",
                "I automate everything with cron at work, how do I move into SRE?",
                "Can my employer extend my probation without telling me why?",
                "pilot here, thinking about a cargo airline for better rosters. what should I ask?");
    }
}
