package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v20 was measured, written from its misses in other words: a past crisis that is back
 * now, a farewell at a cliff's edge, "everyone would be happier if I wasn't here", distress at the limit, and everyday
 * requests that borrow work words (a background job in a shell, quitting vim, a kiln fired up, a film's plot).
 * SemanticCareTest's floors keep the figures measured before these rules.
 */
class RoundNineteenRulesTest {
    @Test
    void aPastCrisisThatIsBackNowIsACrisis() {
        assertLevel(Care.Level.CRISIS,
                "Last year I nearly ended it all after a redundancy, had therapy, felt better. This month the old "
                        + "thoughts came back and they're worse than before.",
                "I cut myself for years at school and stopped at 20. I'm 31 now and since the restructure I've begun "
                        + "doing it again every evening.",
                "A year ago I attempted suicide after a redundancy. Therapy helped. Now I've been let go again and "
                        + "the urges are returning.",
                "I'm on the bridge now, came straight from the disciplinary. Don't think I'm going back home.",
                "honestly everyone would be better if i wasnt around. job, mates, all of it");
        assertLevel(null,
                "I gave up running for a year but started doing it again every morning, any tips for fitting it "
                        + "around shifts?",
                "the old feelings of dread are back every Sunday night before work, how do I handle the Sunday "
                        + "scaries?",
                "I attempted to get a promotion last year and failed, now those same feelings of not being good "
                        + "enough are back. how do I prep this time?",
                "I'm not sure I'm going back to the office after maternity leave, how do I tell my manager?",
                "everyone would be better off if I wasn't the one running this project, honestly, how do I hand it "
                        + "over?",
                "I used to do pottery and started doing it again, can I put it on my CV?");
    }

    @Test
    void distressAtTheLimitIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "i'm at my very limit. one more complaint from a customer and I'll snap",
                "I slumped down on the kitchen floor after the shift and couldn't get back up for an hour");
    }

    @Test
    void everydayRequestsThatBorrowWorkWordsAreOffTopicAndGettingStartedIsVague() {
        assertVerdict(Verdict.OFF_TOPIC,
                "how do I kill a background process in linux",
                "what are the lyrics of bohemian rhapsody",
                "what's the plot of the devil wears prada",
                "how long to get a kiln fired up for bisque",
                "how do I exit vim without saving",
                "best arduino starter kit for a 12 year old",
                "how do I get to mine level 120 in stardew",
                "should 'well known' be hyphenated before a noun");
        assertVerdict(Verdict.VAGUE, "getting started?");
        assertVerdict(Verdict.COACHING, "how do I get my manager fired up about my project idea?");
    }
}
