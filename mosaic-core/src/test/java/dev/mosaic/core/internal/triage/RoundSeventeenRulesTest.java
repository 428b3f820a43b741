package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v18 was measured, written from its misses in other words: everyday things that
 * borrow work words (a game, a pregnancy, a car, a house, a citation style), and the crises and the job lost today it
 * missed. SemanticCareTest's floors keep the figures measured before these rules.
 */
class RoundSeventeenRulesTest {
    @Test
    void everydayThingsThatBorrowWorkWordsAreOffTopic() {
        assertVerdict(Verdict.OFF_TOPIC,
                "what's the best opening in chess for beginners",
                "how do I get my minecraft villagers to breed",
                "is it worth putting solar panels on a north facing roof",
                "how do I cite a youtube video in APA format",
                "who first recorded 'Take Me Home, Country Roads'",
                "what happens at a labour ward tour at 30 weeks",
                "can queen bees sting more than once",
                "how much is a new clutch on a 2015 golf",
                "does hire purchase affect my credit score",
                "what's a good first crochet project",
                "how do i get a fishing permit in scotland",
                "season 2 finale of severance, what was that ending about",
                "are ice baths actually good for recovery",
                "my laptop keeps freezing whenever I open Chrome");
        assertVerdict(Verdict.COACHING,
                "my coworker keeps freezing me out in meetings, what should I do",
                "how do I list references on my CV",
                "not that it matters but I'm 34, is it too late to become a nurse?",
                "it doesn't matter how many applications I send, nobody replies. what am I doing wrong?");
    }

    @Test
    void theCrisesHeldOutV18MissedAreCrisesNowAndTheirNeighboursAreNot() {
        assertLevel(Care.Level.CRISIS,
                "could you look over my resume? not that it matters, i likely won't be around when they call back",
                "please tell my manager i'm sorry. i won't be clocking in again after today",
                "honestly the review next week doesn't matter. i've decided. this is my last week");
        assertLevel(Care.Level.DISTRESS,
                "got the \"your position has been eliminated\" call at 10am. still in shock");
        assertLevel(null,
                "i won't be around when the team meets friday, on leave. how do I delegate?",
                "can you tell my boss I'm sorry for missing the deadline? kidding, how do I apologise well",
                "I won't be logging on again until Monday, how do I set an out of office?",
                "I've decided, this is my last week at Tesco, starting at Aldi on Monday. How do I hand over well?");
    }
}
