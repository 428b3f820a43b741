package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * The rules and readings added after heldout-v13 was measured, written from its misses in other words: crises said
 * sideways (a day off "to do it", not being sure of being alive to work a notice), distress felt as a ghost or as
 * being past tired, and the other way, figures of speech, other people's crises asked about as work questions, the
 * writer's own hard times years past, and everyday things that borrow work words.
 */
class RoundTwelveRulesTest {
    @Test
    void crisesSaidSidewaysAreCrises() {
        assertLevel(Care.Level.CRISIS,
                "booked friday off so i can finally do it. needed to tell somebody before.",
                "I'm top of the leaderboard at work and still spend most nights thinking about not being here",
                "handed in my notice today and honestly not sure i'll still be alive to work it");
    }

    @Test
    void distressSaidSidewaysIsDistress() {
        assertLevel(Care.Level.DISTRESS,
                "I run the bakery on autopilot now and feel like a ghost in my own life",
                "beyond tired, stumbling through night shifts and making mistakes, I can't do much more of this",
                // "cook" after "I" is what the writer does, not another person
                "used to love the job. now i cook on autopilot and feel like a ghost in my own kitchen");
    }

    @Test
    void figuresOfSpeechAndOtherPeoplesCrisesAreNot() {
        assertLevel(null,
                "this quarter's quota is suicide, how do I push back on it?",
                "I'd jump off a bridge to get a job at Nintendo haha, how do game designers get noticed?",
                "one of my trainees came in with bruises again and went quiet when I asked about her boyfriend. as her"
                        + " team lead what should I do?",
                "I work on a helpline and took a call from a man threatening suicide last night. How do I switch off"
                        + " after a shift like that?",
                "my teammate keeps saying 'i'm gonna kms if this release breaks' as a joke, should i say anything?",
                "One of our nurses died by suicide in the spring. As ward manager, how do I support the team?",
                "How do I support a mentee who seems checked out and numb lately?",
                "So nervous about tomorrow's interview I can barely think, any quick tips?");
    }

    @Test
    void theWritersOwnHardTimesYearsPastAreNot() {
        assertLevel(null,
                "I tried to take my own life at 19. I'm 31 now and well. Can I still become a paramedic?",
                "Used to cut myself at school, long in the past now. Does it show up on a police vetting check?",
                "Back when I waited tables, the owner used to throw plates at me. I left years ago. Do I mention it as"
                        + " my reason for leaving?",
                "My old job made me so anxious I threw up before every shift, but that was 4 years ago and I've had"
                        + " counselling. How do I spot a toxic workplace?",
                "Had panic attacks through most of my last job, left, got help, feeling much better. How do I choose a"
                        + " calmer employer?",
                "I left nursing in 2019 because I was falling apart. I'm recovered now and miss it. Should I go back?",
                "In my early twenties I was in a bad way, including an overdose. I'm 40 now and doing well, can I"
                        + " retrain as a nurse?");
        // the same words, now: still care
        assertLevel(Care.Level.DISTRESS, "I throw up before every shift these days, what do I do?");
    }

    @Test
    void realWordsAreReadAsWrittenNotAsTheCareWordsTheyAreOneLetterFrom() {
        assertLevel(null,
                "I treat myself to lunch every Friday after the weekly review",
                "I struggled with my manager's feedback, how do I respond?",
                "I volunteer at a homeless shelter, can I put it on my CV?",
                "I'm sharing a desk with a new hire, any etiquette tips?",
                "we had mediation with HR about the rota",
                "I'm a metal fabricator looking for a new shop",
                "I was overjoyed to get the offer, how do I accept it gracefully?");
        // a misspelling that is no English word is still read as the word it stands for
        assertLevel(Care.Level.CRISIS, "i keep thinking about kiling myself");
    }

    @Test
    void everydayThingsThatBorrowWorkWordsAreOffTopic() {
        for (String message : new String[] {
                "is 45 too old to start learning golf? how many lessons a week",
                "my cat's feeding schedule is all over the place since the clocks changed, how do I fix it?",
                "can you help with my son's school project on the solar system, he needs 5 fun facts",
                "what actually works to quit smoking, I've tried gum",
                "how do i resume a paused download on my ps5, it's frozen at 80%",
                "how long do I have to return clothes bought online in the sales?",
                "I'm interviewing my grandma for a family tree project, what should I ask?",
                "how do I apply for a school place when we move house in march?",
                "my fantasy football team is bottom of the league, who should I captain?"}) {
            assertThat(Triage.bundled().assess(message).verdict()).as(message).isEqualTo(Verdict.OFF_TOPIC);
        }
        for (String message : new String[] {
                "can I put 'fluent' on my CV if my German is B2?",
                "thoughts on my next move?",
                "my recruiter never texts back, is that a red flag?",
                "shift work wrecks my sleep schedule, should I ask for days?"}) {
            assertThat(Triage.bundled().assess(message).verdict()).as(message).isEqualTo(Verdict.COACHING);
        }
    }
}
