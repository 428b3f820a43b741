package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/** The rules added after heldout-v5 and heldout-v6 were measured, each with the ordinary wording it must not catch. */
class RoundFiveRulesTest {
    @Test
    void crisesWorded_inWaysTheEarlierRulesMissedAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "I just loaded my dad's gun. I'm not going to the shift tomorrow or ever",
                "I just drank some of the cleaning stuff in the janitor closet",
                "my husband found out about the raise and strangled me until I couldn't breathe",
                "my boyfriend just texted that he's coming over to teach me a lesson for working late",
                "At the edge of the platform. Train in 4 minutes. Sorry",
                "the world would be lighter without me in it",
                "unalive thoughts again today lol but fr this time i have a plan",
                "How do I write a resignation letter? I want it to be the last thing I sort out before I go.");
    }

    @Test
    void theirOrdinaryNeighboursAreNot() {
        assertLevel(null,
                "our sales target this quarter is suicidal, honestly. how do I push back?",
                "I have a plan for my career change, can you check it?",
                "im not about to quit or fall apart, just curious how people handle a micromanaging boss",
                "the platform team lead wants me on call, is that normal?",
                "what's the last thing I should do before I go on parental leave?");
    }

    @Test
    void distressWordedThroughAWorkDayIsDistress() {
        assertThat(level("Redundancy confirmed this morning. 23 years at the same firm")).isEqualTo(Care.Level.DISTRESS);
        assertThat(level("project manager, lost control of everything. i feel like i'm about to snap"))
                .isEqualTo(Care.Level.DISTRESS);
    }
}
