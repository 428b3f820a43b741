package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v21 was measured, written from its misses in other words: the means at hand, "I want
 * it over" about life, "tonight is the night" after a decision, a partner who hits, and what is not care (a training
 * course about abuse, a crew member's panic attack, a knife in the back) or not a career question (management games).
 * SemanticCareTest's floors keep the figures measured before these rules.
 */
class RoundTwentyRulesTest {
    @Test
    void theMeansAtHandALifeWantedOverAndADecidedNightAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "lost the contract this morning. dad's old painkillers are in front of me and i keep staring at them",
                "it's not work, it's life. I just want it all to end",
                "three rejections this week and i've made up my mind, tomorrow is the day",
                "my boyfriend takes my phone so I can't apply anywhere and slaps me whenever I answer back",
                "she hid my car keys again and kicks me if I say I'm going to the interview");
        assertLevel(null,
                "the vitamins my doctor suggested are right here on my desk, does taking them at work look weird?",
                "I want this probation period over, how do I make a good impression in the last month?",
                "I've decided today is the day I ask for the raise. how do I open the conversation?",
                "tomorrow is the day of my final interview, any last tips?",
                "the deadline hits me hard every quarter, how do I plan better?");
    }

    @Test
    void workAboutAbuseAColleaguesPanicAndAKnifeInTheBackAreNotCare() {
        assertLevel(null,
                "I'm putting together a workshop for supervisors on recognising domestic violence in their teams. "
                        + "What should it cover?",
                "two of the lads on site had panic attacks this month, how do I raise it with the contractor?",
                "my manager stabbed me in the back in the restructure meeting, should I go over his head?");
        assertLevel(Care.Level.CRISIS, "my coworker stabbed me with a box cutter in the warehouse yesterday");
    }

    @Test
    void managementGamesAreOffTopicAndStartUpsAreCareerQuestions() {
        assertVerdict(Verdict.OFF_TOPIC,
                "how do I stop my sims from getting demoted at work",
                "rimworld colonists won't haul anything, what's wrong with my work tab",
                "best tactics in football manager for a newly promoted side",
                "two point hospital: how do I train my doctors faster",
                "in fm24 how do I stop my best striker sulking about his contract");
        assertVerdict(Verdict.COACHING,
                "working at an early start-up, is it normal to have no job description?",
                "how do I write a STAR answer about missing a deadline?",
                "my KPIs are unrealistic, how do I push back?",
                "hours every night on football manager, could match analysis be a real career for me?");
    }
}
