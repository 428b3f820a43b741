package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v32's misses, written after it was measured and tested here in other words: an exit planned as
 * the writer's own, finishing oneself off, a suicide plan that never went away, not being around to sign or collect
 * something, self-harm again where scars had healed; blank inside and in pieces; what is not care (a retirement
 * farewell, a last message before a new job, lethal doses handled in a lab, overdose as a term, a life safe and
 * settled now, rock bottom on a leaderboard); and what the nearest labelled messages must leave alone.
 */
class RoundThirtyOneRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "honestly I've mapped out my own exit better than any five year plan",
                "if the contract isn't renewed I'm going to finish myself off, simple as",
                "everyone thinks I'm fine now but the suicidal plans didn't go away, I just stopped mentioning them",
                "can you check my notice letter? I won't be around to collect my final pay anyway");
        assertLevel(Care.Level.CRISIS, "done it again last night, and the cuts on my thigh had finally healed");
        // found while choosing a test message for the semantic coach, in other words
        assertLevel(Care.Level.CRISIS, "what's the point of a pension if I won't make it to fifty",
                "why learn the new system when I won't be here to use it, honestly");
    }

    @Test
    void distressInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "since the restructure I just feel totally blank at my desk, like nothing is there",
                "they let half the floor go this morning, me included. I'm in bits");
        // told in two sentences, the body's reaction after it: the job lost comes first
        assertThat(Triage.bundled().assess("HR called me in and made me redundant. Effective immediately. My hands "
                + "won't stop trembling.").kind()).contains(Care.Kind.JOB_LOSS);
    }

    @Test
    void notCare() {
        assertLevel(null,
                "Retiring next month after 25 years as a postman. How do I write a goodbye message to the depot?",
                "last message from me: starting my new role on Monday, thank you for all the help, bye!",
                "I measured lethal doses in a pharmacology lab for six years; does that count as clinical experience?",
                "what do overdoses mean in pharmacovigilance terminology? new to drug safety",
                "Years ago my ex was abusive. I'm safe and happy now and want to go back to teaching.",
                "rock bottom on the sales leaderboard again lol, how do top reps prospect?",
                "is a break point in squash the same as in tennis?");
    }

    @Test
    void questionsForTheRulesAlone() {
        assertLeftToRules(
                "how do I ask for more cctv in the car park? our night shift walks out alone",
                "can I write in another language here?",
                "how can I clear my history?");
        assertThat(Triage.bundled().asksAboutMosaic("how can I clear my history?")).isTrue();
    }
}
