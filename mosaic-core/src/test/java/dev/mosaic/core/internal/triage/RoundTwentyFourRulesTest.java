package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules mended before heldout-v25 was measured, from the held-out conversations' grades (not from any triage set): a
 * "sob story" is an idiom, not tears, and a note someone else left is not a goodbye note.
 */
class RoundTwentyFourRulesTest {
    @Test
    void aSobStoryIsNotCrying() {
        assertLevel(null, "how do I explain a caring gap in my cover letter without it reading like a sob story?",
                "I don't want my personal statement to be one long sob story");
        assertLevel(Care.Level.DISTRESS, "I've been sobbing in the staff toilets since my review");
    }

    @Test
    void aNoteSomeoneElseLeftIsNotAPreparation() {
        assertLevel(Care.Level.DISTRESS,
                "sorry, I'm not okay. the agent left a note under my door this morning and I haven't slept in days. "
                        + "I feel like such a failure");
        assertLevel(Care.Level.CRISIS, "I'm not okay. I left a note for my sister on the table and I don't think "
                + "I'll be here when she gets home");
    }
}
