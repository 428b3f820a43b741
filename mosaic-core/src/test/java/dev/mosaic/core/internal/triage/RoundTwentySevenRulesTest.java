package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v28's misses, written after it was measured and tested here in other words: a goodbye "for
 * everything" and not being around, made peace with; affairs put in order; "no point living if"; no reason to keep
 * going; a means kept checked; a workplace closed for good this morning; and what is not care (doses worked out for a
 * living, mild nerves, a mind gone blank in an interview, questions that "hit", troubles years past asked about now).
 */
class RoundTwentySevenRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "my retirement card speech is a goodbye to everyone else too. I won't be here past sunday and I've "
                        + "made my peace with it",
                "I've written down where the passwords are and cancelled my phone contract from next month",
                "no point living when I can't even pass probation",
                "I can't see any reason to carry on since the restructure and I've figured out how I'd do it",
                "bought a rope last week, it's in my locker and I keep checking it's still there");
    }

    @Test
    void aWorkplaceClosedForGoodThisMorning() {
        assertLevel(Care.Level.DISTRESS,
                "this morning the owner told us the salon has shut for good. I've got nothing lined up");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "as a pharmacologist I calculate toxic doses all day, is a move into clinical trials realistic?",
                "slightly panicking about my first one-to-one with the director, how do I prepare?",
                "my brain went blank in the technical interview yesterday, how do I practise for that?",
                "the panel hit me with case study questions I hadn't prepared for. how do I get better at them?",
                "I was assaulted by a patient when I worked in A&E years ago. Now I feel ready for clinical work again, "
                        + "where do I start?");
    }

    @Test
    void goodbyesAndQuestionsAboutTheAppAreNotDeclined() {
        assertVerdict(Verdict.VAGUE, "thanks, logging off now", "which languages can you reply in?");
    }
}
