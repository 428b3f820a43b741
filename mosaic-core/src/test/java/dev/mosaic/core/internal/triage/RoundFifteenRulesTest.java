package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules added after heldout-v16 was measured (beyond the four for its missed crises, in
 * {@link RoundFourteenRulesTest}), written from its misses in other words: professionals' and colleagues' questions
 * about someone else's crisis, the writer's own troubles years past, and everyday things that borrow work words.
 */
class RoundFifteenRulesTest {
    @Test
    void otherPeoplesCrisesAndPastTroublesAreNot() {
        assertLevel(null,
                "honestly feels like banging my head against a brick wall trying to get a raise here",
                "I'm a ward manager and one of my nurses has been self-harming. How do I adjust her rota "
                        + "without singling her out?",
                "Coach here: a client said in a session that she thinks about not being around sometimes. "
                        + "What's my duty of care?",
                "my employee came back after a suicide attempt in the spring, what adjustments are reasonable?",
                "workmate keeps joking about wanting to die over the rota. should i mention it to someone?",
                "I teach year 5 and a pupil said \"I want to die\" after losing at rounders. Do I need to log "
                        + "it?",
                "I'm a pharmacist. A regular asked odd questions about overdose amounts today, so I flagged it. "
                        + "How do others handle that?",
                "I had a suicidal patch in my second year of uni. That's long behind me. Can I volunteer on a "
                        + "listening line?",
                "At a previous job my supervisor shoved me and no one believed me. I left in 2020, took it to "
                        + "tribunal and won. Do I mention it?",
                "this month has been a lot, two launches at once, any tips for keeping my head above water?");
    }

    @Test
    void everydayThingsThatBorrowWorkWordsAreOffTopic() {
        for (String message : new String[] {
                "quick review of the new Dune film? worth sitting through?",
                "what's the exchange rate from euros to dollars roughly",
                "how do I apply weed killer without hurting the grass",
                "what's the release date for the next season of The Bear",
                "can my landlord raise the rent halfway through my tenancy?",
                "is 8.9% APR on a used car finance deal a rip off?",
                "do I need an ESTA for a weekend in Boston?",
                "how long does it take to recover from a nose job?",
                "best app for editing photos on android?",
                "in bridge what does it mean to make your contract",
                "rate my outfit: grey suit, brown shoes?",
                "is it true the word salary comes from salt?",
                "my email client keeps crashing, outlook or thunderbird?",
                "is it normal for a mole to itch a little?"}) {
            assertThat(Triage.bundled().assess(message).verdict()).as(message).isEqualTo(Verdict.OFF_TOPIC);
        }
    }

    /**
     * Crises heldout-v17 missed, in other words; the rules came after its measurement. A figure of speech no longer
     * reaches past a "but" ("…kill me (not literally) but honestly I want to unalive myself").
     */
    @Test
    void theCrisesHeldOutV17MissedAreCrisesNowAndTheirNeighboursAreNot() {
        assertLevel(Care.Level.CRISIS,
                "my mum's going to kill me (not literally) but honestly i just want to unalive myself tonight",
                "ctb this weekend, dont tell anyone",
                "Dairy farmer, the milk price has ruined us. There's a rifle in the shed and I keep thinking "
                        + "it's the only way out.",
                "Not a cry for help, I just wanted someone to know before I go. Nobody at work will notice I'm "
                        + "gone.",
                "last shift today. then I'm heading to the cliffs. thanks for the CV help anyway",
                "I'd rather be dead than face the audit and I've figured out exactly how.",
                "downed a handful of pills with whisky after the redundancy meeting, everything's blurry");
        assertLevel(null,
                "not literally dying, but this commute is rough. how do I ask for remote days?",
                "last shift today before my holiday, how do I hand over properly?",
                "it's the only way out of retail I can see: should I retrain as an electrician?",
                "I take my allergy tablets with breakfast, does that affect night shifts?");
    }
}
