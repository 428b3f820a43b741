package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v37's misses, written after it was measured and tested here in other words: not around for
 * something "anyway", checking out "not the hotel kind", an exit "not from the job", the last shift "of anything",
 * this life not to be done any more, pain as the only control, cutting started again; panic attacks that now come
 * every time, a body giving up, a panic attack to stop now; what is not care (a will beside a letter of wishes, dead
 * skin, fried hair, paper that tears, a game character dying); questions left to the rules; and topics. Life insurance
 * through work, visa sponsorship and a handover document were tried as not care or left to the rules and taken back:
 * crises in the sets are told in those words.
 */
class RoundThirtySixRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "when is the graduation ceremony? not that it matters, i won't be here for it anyway",
                "might check out early. and not the hotel sort",
                "I'm planning an exit, and not from this company",
                "last day of anything, honestly",
                "i cannot face this life any more",
                "the pain is the only thing that helps me feel calm, so I do it",
                "I stopped harming for two years and began again last week");
    }

    @Test
    void distressInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "never had a panic attack before this job and now I keep getting them every morning",
                "my body is just shutting down after six weeks of doubles",
                "how do you stop a panic attack fast, I'm at the till");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "what are the differences between a will and a nomination form at work?",
                "best scrub for dead skin cells?",
                "my hair feels so frazzled from the salon chemicals, should I switch to barbering?",
                "my paper always tears along the fold, any tips?",
                "my sims character keeps dying in the pool lol");
    }

    @Test
    void visaSponsorshipAndLifeInsuranceThroughWorkStaySigns() {
        assertLevel(Care.Level.CRISIS,
                "need to know if my life insurance through work pays out if it's suicide. asking for me");
    }

    @Test
    void workplaceAdministrationIsLeftToTheRules() {
        assertLeftToRules("do I need to show my passport for a right to work check on day one?",
                "can I claim mileage between sites?",
                "who covers my clients while I'm on paternity leave?");
    }

    @Test
    void topics() {
        assertVerdict(Verdict.OFF_TOPIC, "origami frog instructions please", "best shampoo for frizzy hair?");
        assertVerdict(Verdict.COACHING, "the printer jammed again, how do I ask for a new one?",
                "should I give up the lease on our shop and sell online?");
        assertVerdict(Verdict.VAGUE, "can you speak italian", "do you remember my earlier messages?");
    }
}
