package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v22 was measured, written from its misses in other words: tears one cannot hold back,
 * shock after a job lost today, life slipping away, feeling sick at the sight of work; and what is not care (teaching
 * about abuse and self-harm, a disclosure already being handled, a zombie after a red-eye) or not a career question
 * (a job lot, children's chores, a D&D character). SemanticCareTest's floors keep the figures measured before.
 */
class RoundTwentyOneRulesTest {
    @Test
    void distressInOtherWordsIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "I can't sit through one team meeting now without crying",
                "got let go by email at 9 this morning and I'm still in shock",
                "behind on everything, my whole life is slipping and nobody notices",
                "three weeks of this audit and I can't get a grip",
                "I keep staring at the rota and feeling sick to my stomach");
        assertLevel(null,
                "my coworker got let go this morning and she's in shock, how do I support her?",
                "I can't get a grip on pivot tables, any good course?",
                "I never leave a one-to-one without notes, is that overkill?");
    }

    @Test
    void workAboutHarmAndADisclosureBeingHandledAreNotCare() {
        assertLevel(null,
                "I deliver workshops on domestic violence and suicide prevention for councils, how do I price them?",
                "a student told me about her self-harm and she's already getting support from the school nurse. how "
                        + "do I keep my boundaries as her tutor?",
                "felt like a zombie after the red-eye from Boston, how do consultants cope with weekly travel?");
    }

    @Test
    void jobLotsChoresAndTabletopCharactersAreOffTopicAndTheRightAppIsVague() {
        assertVerdict(Verdict.OFF_TOPIC,
                "is a job lot of vintage tools on ebay worth it",
                "how do I get my teenagers to actually do their chores",
                "what backstory should my paladin have, she used to be a blacksmith");
        assertVerdict(Verdict.VAGUE, "am I in the right place for this?");
        assertVerdict(Verdict.COACHING, "how do I split the office chores fairly in a team of six?");
    }
}
