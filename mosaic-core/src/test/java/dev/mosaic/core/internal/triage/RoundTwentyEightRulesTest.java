package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v29's misses, written after it was measured and tested here in other words: everything lined up
 * and "tonight's the night", hands cut raw, a date picked with a strange calm, someone from work outside the house
 * every night; distress now (can't face any of it, a voice lost to stress); and what is not care (hurt on purpose as a
 * stunt job, panic during a degree that therapy helped, cutting years ago, a bridge "before going back to retail").
 */
class RoundTwentyEightRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "I've laid out everything I need in the spare room. tonight's the night, thank you for the CV tips",
                "been scratching my arms until they bleed after every shift, is retail always like this?",
                "could you check my personal statement? just so someone knows, I've chosen the date and I feel "
                        + "strangely peaceful about it",
                "my old supervisor has been sitting outside my flat every night since I reported him");
    }

    @Test
    void distressNow() {
        assertLevel(Care.Level.DISTRESS,
                "I run a cleaning business and I'm so behind I can't face any of it anymore",
                "I keep losing my voice on the phones from the stress, I can barely talk tonight");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "stuntman here, I get injured on purpose for the film every week lol. how do I become a stunt "
                        + "coordinator?",
                "I had panic attacks during my nursing degree but counselling really helped. Any tips for "
                        + "interviews now?",
                "I self-harmed as a teenager, that was 20 years ago. Should I mention it when I apply to be a "
                        + "counsellor?",
                "I would rather jump off a cliff than do another year of cold calling, what else is there?");
    }
}
