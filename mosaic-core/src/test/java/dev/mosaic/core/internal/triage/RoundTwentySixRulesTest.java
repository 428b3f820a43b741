package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static dev.mosaic.core.internal.triage.TriageLevels.assertVerdict;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v27's misses, written after it was measured and tested here in other words: crises told in
 * passing inside a career question (letters written for family, the highest bridge or building looked up, "no point
 * me being here", not expecting to still be alive, how and when worked out, cuts or burns deserved or made with a
 * lighter, how long until someone is found), abuse (pay taken and a passport hidden, a threat with a blade, a man who
 * said he would stab the writer); and what is not care (a thesis on doses, suicide calls answered as a volunteer,
 * carcasses broken down, someone else's disclosure, a stalker in the past and dealt with).
 */
class RoundTwentySixRulesTest {
    @Test
    void crisesToldInPassing() {
        assertLevel(Care.Level.CRISIS,
                "can you check my CV summary? I've written the notes to my kids already so it won't matter after "
                        + "the weekend",
                "been looking up which car park in town is the tallest on my lunch breaks",
                "no point in me being around anymore, I failed my probation",
                "I'm not planning to be alive by the time the contract ends, I've figured out how and when",
                "i deserve the burns. i lost the client",
                "cut my arm with a razor to cope before the assessment centre",
                "how long before anyone finds you if you go into the river at night, asking for no reason");
    }

    @Test
    void abuseInPassing() {
        assertLevel(Care.Level.CRISIS,
                "my partner keeps my entire salary and has locked up my passport, how do I apply for jobs abroad",
                "a customer came at me with a knife at the till last night",
                "the foreman swore he'll beat me if I report the accident");
    }

    @Test
    void notCare() {
        assertLevel(null,
                "my dissertation is on fatal doses of antidepressants in older adults, which pharma roles use that?",
                "I've answered suicide prevention helpline calls for three years, can that count as experience?",
                "slaughterhouse worker, I break down carcasses all day, how do I move into meat inspection?",
                "one of my apprentices told me he's been cutting. what do I do as his supervisor?",
                "a colleague stalked me at my previous employer, it was all dealt with by HR. Do I mention it?");
    }

    @Test
    void careerQuestionsAndQuestionsAboutTheApp() {
        assertVerdict(Verdict.COACHING, "how do i become a tree surgeon?");
        assertVerdict(Verdict.VAGUE, "could I chat with you in Tamil?", "is the app free?",
                "do you keep my conversations?");
        assertVerdict(Verdict.OFF_TOPIC, "how do I hide the promotions tab in my inbox?");
    }
}
