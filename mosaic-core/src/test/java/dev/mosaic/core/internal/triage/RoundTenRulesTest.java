package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v11 was measured, written from its misses in other words: crises and danger it named in
 * ways no rule knew (a gas oven with the windows sealed, sleeping pills with drink, a ledge), distress felt in the body,
 * and the other way, jokes, denials, a colleague's bruises ("my colleague's" is not the writer's) and a first-aider's
 * question.
 */
class RoundTenRulesTest {
    @Test
    void crisesAndDangerNamedInWaysNoRuleKnewAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "I can't see myself being here next month and I feel oddly calm",
                "I'm not quitting, I'm leaving everything",
                "I lie awake wishing my heart would just stop",
                "I don't plan to be around for my probation review",
                "I pull my hair out until my scalp bleeds before every meeting",
                "sorry for typos, my wrist is bandaged, I cut it again last night",
                "my husband broke my nose and now he knows where I work",
                "the gas is on and I've sealed the door and windows",
                "took my sleeping pills with a bottle of wine an hour ago",
                "sitting on the ledge of the roof at work");
    }

    @Test
    void distressNamedInWaysNoRuleKnewIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "I can't handle any of it anymore, emails, calls, all of it",
                "I'm barely holding it together at work today",
                "emotionally flatlined, every shift feels like static",
                "I can't keep food down before my shifts anymore");
    }

    @Test
    void jokesDenialsAndOtherPeoplesCrisesAreNot() {
        assertLevel(null,
                "I want to die every time my boss says synergy lol, how do I survive these meetings?",
                "the scars on my hands are from a kitchen accident, what do I say if a client asks?",
                "never had any thoughts of hurting myself, just bored at work",
                "I've seen bruises on my colleague's arms twice now, how do I raise it?",
                "As the first aider at work, what do I do if someone says they've hurt themselves on purpose?",
                "I attempted suicide in my late teens, I'm 34 now and doing well. Should I mention it when applying to nursing?");
    }

    /** Three crises heldout-v12 missed, in other words; the rules came after its measurement. */
    @Test
    void theCrisesHeldOutV12MissedAreCrisesNowAndTheirNeighboursAreNot() {
        assertLevel(Care.Level.CRISIS,
                "can my pension go to my brother? I won't be needing it. I've decided.",
                "I think it's time I checked out for good",
                "my only plan for the new year is not to be around for it");
        assertLevel(null,
                "I've checked out for the weekend, see you Monday",
                "what's the plan if I'm not around for the handover?");
    }
}
