package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v35's misses, written after it was measured and tested here in other words: skin scratched open on
 * purpose ("them" being the writer's own arms), bleeding on purpose, planning what to wear at one's own funeral,
 * thinking "about to die", blades "not for shaving"; what is not care (a self-harm specialist service, morale "so dead"
 * it could have a funeral); plans to carry on (the last weeks of a notice, done with a profession for good); and the
 * topic of graveyard photos, an unfulfilling desk job, a family business and questions about the app.
 */
class RoundThirtyFourRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "my arms sting under the uniform because I cut them up deliberately last night",
                "I keep making myself bleed on purpose before shifts",
                "I've been choosing the songs for my own funeral more than studying for the exam",
                "every night I am thinking about to kill myself",
                "bought new blades today and not for shaving, if you get me");
    }

    @Test
    void scratchedThemOpenIsStillSomeoneElseWhenTheyAreSomeoneElse() {
        assertLevel(null, "my coworker's kids scratched the new car on purpose, how do I ask for a day off to sort it?");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "I lead a self-harm prevention service for teenagers, how do I move into commissioning?",
                "the office feels so dead since the layoffs, how do I lift the team?",
                "my portfolio looks pretty dead, should I give it a quiet burial and start over?",
                "we practically held a funeral for the project last week, how do I pitch the next one?");
    }

    @Test
    void plansToCarryOnAreLeftToTheRules() {
        assertLeftToRules("handed in my notice yesterday! how do I make the most of my final three weeks?",
                "I'm done with retail for good, what else pays the same without weekends?");
    }

    @Test
    void topics() {
        assertVerdict(Verdict.OFF_TOPIC, "any tips for cemetery photography on film?",
                "how do I take sharp photos at dusk without a tripod");
        assertVerdict(Verdict.COACHING, "honestly I feel so underutilised, is it normal after a promotion?",
                "how do I tell my dad I don't want to take over the family farm");
        assertVerdict(Verdict.VAGUE, "can you recap what we discussed earlier?",
                "are my chats here encrypted?", "what makes this different from chatgpt");
        assertLeftToRules("is what I write here confidential?");
    }
}
