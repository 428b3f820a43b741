package dev.mosaic.core.internal.triage;

import static dev.mosaic.core.internal.triage.TriageLevels.assertLeftToRules;
import static dev.mosaic.core.internal.triage.TriageLevels.assertLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import org.junit.jupiter.api.Test;

/**
 * Rules from heldout-v33's misses, written after it was measured and tested here in other words: not going on living
 * if something happens, gone for good "if you know what I mean", no point saving for a pension that will not be
 * needed, wages or a phone kept by a relative, a burn or a scald by someone; no longer able to cope, frozen, sitting
 * on the floor, exhausted to the point of mistakes; what is not care (cards to a team before leaving, a paramedic's
 * overdose calls, a charity volunteered for, stable for years now, affairs put in order before retiring, a loaf that
 * collapses); off-topic subjects asked about in crises' words (a bungee jump, a dead bird, a board game); questions
 * about the app; and, found while joining the urgent body's two word lists, fainting, and a headlock.
 */
class RoundThirtyTwoRulesTest {
    @Test
    void crisesInOtherWords() {
        assertLevel(Care.Level.CRISIS,
                "if the tribunal goes against me I can't go on living, that's decided",
                "handing in my badge friday, leaving for good if you know what I mean",
                "what's the point of paying into a pension when I'll never need it. that's honestly where I am",
                "my husband's family take my pay every month and my brother in law scalded me with tea last week",
                "my parents confiscate my bank card and my wages, I'm 24 and work full time",
                "the warehouse lead had me in a chokehold in the yard and called it banter");
        assertThat(Triage.bundled().assess("my boyfriend burned my arm with his lighter").kind())
                .as("a burn by someone else is abuse, not self-harm").contains(Care.Kind.ABUSE);
    }

    @Test
    void distressInOtherWords() {
        assertLevel(Care.Level.DISTRESS,
                "two jobs and a dissertation, and somewhere in october I stopped being able to function",
                "inbox at 400, boss wants answers, I'm literally frozen.",
                "shop's flooded, the insurer won't pick up, I'm just lying on the floor.",
                "tired to the point where I put the wrong dose on a patient chart today",
                "I have never felt this drained in my whole life, twelve days straight on the ward",
                "my manager just told me I'm retrenched today, 15 years",
                "I fainted in the stock room this afternoon, the pressure has been unreal");
    }

    @Test
    void theBodysUrgentSignsOutrankAJobLostToday() {
        assertThat(Triage.bundled().assess("laid off this morning and then I blacked out in the car").kind())
                .contains(Care.Kind.PHYSICAL);
    }

    @Test
    void notCare() {
        assertLevel(null,
                "I'm writing a card to each of my students before I leave for the new school, is that weird?",
                "nurse in A&E, lots of overdose calls on nights, is a move to community nursing a step down?",
                "I volunteer for a suicide prevention helpline, can that go on my CV for a counselling course?",
                "I self-harmed as a teenager. I've been well for years now. Should I tell occupational health?",
                "putting my affairs in order before retiring in March: pension, shares, handover. What have I missed?",
                "why did my cake collapse when I opened the oven");
    }

    @Test
    void offTopicSubjectsAmongCrisesWords() {
        TriageLevels.assertVerdict(Verdict.OFF_TOPIC,
                "is skydiving safe for a first timer, what are the odds the chute fails",
                "why do magpies swoop at people in spring",
                "can you play Monopoly with only two people?",
                "best rice for sushi at home?",
                "found a dead pigeon on the balcony, do I need gloves to move it? also is that a bird flu thing");
    }

    @Test
    void questionsForTheRulesAlone() {
        assertLeftToRules(
                "my sister's supervisor keeps threatening to fire her for being sick. what are her rights?",
                "how do I download my chat history?",
                "will this save what I write?",
                "does this cost anything?",
                "could I use this in Tagalog?");
        assertThat(Triage.bundled().asksAboutMosaic("does this cost anything?")).isTrue();
    }
}
