package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v10 was measured, written from its misses in other words: relapses and distress it
 * named in ways no rule knew, and work questions about someone else's crisis ("cried in our team meeting" is about the
 * report, not about "our") or about the writer's own, long past.
 */
class RoundNineRulesTest {
    @Test
    void relapsesAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "18 months clean and I broke it last night, I feel sick",
                "I started picking at my skin and now I've started cutting as well");
    }

    @Test
    void distressNamedInWaysNoRuleKnewIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "double shifts and a dissertation, I'm falling to pieces",
                "I can't take in one more instruction, I froze at the till",
                "I just feel hollow at work lately, nothing lands",
                "this morning HR said my role no longer exists");
    }

    @Test
    void workQuestionsAboutOtherPeoplesCrisesOrTheWritersPastOnesAreNot() {
        assertLevel(null,
                "my brain is so fried after the compliance training, when should I do the next module?",
                "honestly nothing is wrong, I just want to talk through a promotion",
                "one of my pupils told me he sees no point in living anymore, what do I do as his teacher?",
                "my direct report cried in our team meeting today, how do I check in?",
                "as a union rep how do I support a member who was assaulted by a manager?",
                "after leaving a violent relationship last year I'm ready to go back to work, where do I start?",
                "had panic attacks all through my first year teaching, they stopped once I moved schools. should I go for head of year?");
        assertThat(level("there's no point in living if I lose this job too")).isEqualTo(Care.Level.CRISIS);
    }
}
