package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v24 was measured, written from its misses in other words: a last shift that is not a
 * resignation, a decision timed so the rent is covered, a plan with only the date left, not seeing oneself alive, an
 * autoreply that is permanent, searching for painless ways, being in danger, a workplace shut without notice today;
 * and what is not care (a broken-down lorry, a Monday-morning zombie, an abusive relationship in one's twenties now
 * being rebuilt from) or not a career question (computer vision, burnout marks on a road, Five Nights at Freddy's).
 * SemanticCareTest's floors keep the figures measured before these rules.
 */
class RoundTwentyThreeRulesTest {
    @Test
    void codedGoodbyesAndPlansAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "this is my final day ever, not resigning, just final. thanks for listening",
                "made up my mind. after the 25th so the bills are paid for my housemate",
                "I've worked out how. the date is the last part",
                "can't really picture myself still alive by the time my probation ends",
                "changed my out of office to say I'm gone for good. that's just the reality now",
                "been searching for peaceful ways to die on my lunch breaks",
                "I'm in danger, he's outside the office");
        assertLevel(null,
                "my last shift ever at the café before I start the new job! any tips for the first week?",
                "I'm in danger of missing the deadline, how do I tell my manager?",
                "the rent is covered by my partner this month, can I take the unpaid internship?");
    }

    @Test
    void aWorkplaceShutTodayIsDistress() {
        assertLevel(Care.Level.DISTRESS, "the salon closed without warning this morning, none of us got paid");
    }

    @Test
    void aBrokenDownVanAMondayZombieAndAPastRelationshipNowRebuiltFromAreNotCare() {
        assertLevel(null,
                "two of our vans broke down this week, how do I plan the delivery rota around it?",
                "feeling like a zombie every morning before coffee, how do I plan my day better?",
                "in my early twenties I was in an abusive marriage and dropped out of nursing; now 38 and rebuilding, "
                        + "can I go back?",
                "I'm not in danger, just bored of my job. how do I find something new?");
        assertLevel(Care.Level.CRISIS, "I left him years ago and rebuilt everything, but he found my new office and "
                + "hit me in the car park yesterday");
    }

    @Test
    void visionModelsRoadMarksAndAHorrorGameAreOffTopic() {
        assertVerdict(Verdict.OFF_TOPIC,
                "which dataset is best for training CV models on traffic signs?",
                "why do cars leave burnout marks on the tarmac?",
                "is fnaf too scary for a 9 year old?");
    }
}
