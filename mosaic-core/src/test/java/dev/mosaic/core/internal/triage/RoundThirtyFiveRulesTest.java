package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v36's misses, written after it was measured and tested here in other words: done with being
 * alive, removing oneself for good, ending it tonight, researching ways of killing "yourself"; so tired one could cry,
 * nothing held in one's head, not really here; what is not care (a goodbye with the job got, group life cover, a
 * safety diver's work); questions left to the rules; and the topic of packing a kitchen, leaving do's and garden leave.
 * Death in service stays a sign of risk: four crises in the sets ask whether it pays out.
 */
class RoundThirtyFiveRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "honestly just finished with living.",
                "they'd all be better off if I took myself out of the picture",
                "i will end it tonite",
                "been looking up methods of killing yourself on my lunch break");
    }

    @Test
    void distressInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "I'm so exhausted I could cry and there's still 4 hours of the shift",
                "too tired to think straight, third double this week",
                "I cannot hold anything in my head today, I keep forgetting what I walked in for",
                "I feel like I'm not really present at work, like it's happening to somebody else");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "bye for now and thank you, I'm starting the new role on Monday!",
                "is the company life insurance enough or should I take out my own policy?",
                "as a lifeguard I basically save kids from drowning all summer, what's a winter job like that?");
    }

    @Test
    void deathInServiceStaysASignOfRisk() {
        assertLevel(Care.Level.CRISIS,
                "my family gets the death in service payout if i go before i leave this job right? asking for real");
    }

    @Test
    void workplaceAdministrationAndSafetyAreLeftToTheRules() {
        assertLeftToRules("where do I send the expression of wish form for my work pension?",
                "am I allowed to refuse to use a forklift that's obviously faulty?");
    }

    @Test
    void controlAndForceAtHomeAreAbuseWithoutAWordAboutWork() {
        // leaving one set out after round 35, the first was declined as off-topic: no career word and no sign of risk
        assertLevel(Care.Level.CRISIS,
                "my partner decides what i eat, who i text, and when i can leave the flat. when i disagree he pins me "
                        + "against the wall. i think this is just normal now.",
                "when I argue back my husband shoves me up against the fridge",
                "my girlfriend controls who I see and what I spend");
        assertLevel(null, "my manager decides when I can take lunch, is that legal?");
    }

    @Test
    void topics() {
        assertVerdict(Verdict.OFF_TOPIC, "best way to pack away crockery for a move?");
        assertVerdict(Verdict.COACHING, "should I have leaving drinks or a leaving lunch?",
                "am I allowed to job hunt on gardening leave?");
    }
}
