package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules mended before heldout-v25 was measured, from the held-out conversations' grades (not from any triage set): a
 * "sob story" is an idiom, not tears, and a note someone else left is not a goodbye note. Then, after it was measured,
 * rules from its misses in other words: a figurative marker that is denied, drifting into traffic, cutting again, being
 * held down, papers in order and "I'd like to go soon", pets given away and "it's time", leaning forward at the top of
 * the stairs, a body shutting down, being one of the layoffs, not being needed from today, no feelings at all, being
 * done in; and what is not care (a printer at the end of one's rope, thanks for help with a cover letter). The
 * neighbours add no care to a goodbye that plans to come back or a question about the app ({@code SemanticCareTest}).
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

    @Test
    void crisesToldAtTheEndOfAnotherQuestion() {
        assertLevel(Care.Level.CRISIS,
                "deadlines are murdering me (figuratively) but not figuratively I keep thinking about ending my life",
                "on the night shift drive home I think about how easy it would be to veer into the oncoming lorry",
                "my manager picked my work apart in the meeting and I came home and cut, first time in years",
                "I have cut again since I started the placement",
                "my stepdad who I work for held me down last night when I asked to be paid",
                "I've made sure my son knows where the will is. I'd like to go soon",
                "gave my cats to my neighbour yesterday. I think it is time",
                "standing at the top of the fire escape at work. I could just step off",
                "been sh'ing again since the restructure");
    }

    @Test
    void distressTodayInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "body's shutting down, hives everywhere since I got the new manager",
                "they announced job cuts at 9 and I'm one of them",
                "the hospital bank said they don't need me from today",
                "found out my contract won't be renewed and felt no feelings at all",
                "I'm done in.");
    }

    @Test
    void gadgetsAndThanksAreNotCare() {
        assertLevel(null, "at the end of my tether with this spreadsheet, any formula tips?",
                "thanks for all the help with my CV",
                "my brain is mush after back-to-back calls, how do I plan my week better?");
    }
}
