package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The nearest-labelled-messages reading of care, on hand-placed two-dimensional vectors. */
class CareNeighboursTest {
    private static float[] at(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    /** Labelled examples at the given angles (radians), with their labels and kinds. */
    private static CareNeighbours of(Object... angleLabelKind) {
        List<CareNeighbours.Example> examples = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < angleLabelKind.length; i += 3) {
            examples.add(new CareNeighbours.Example("m" + i, (String) angleLabelKind[i + 1],
                    (String) angleLabelKind[i + 2]));
            vectors.add(at((Double) angleLabelKind[i]));
        }
        return new CareNeighbours(examples, vectors.toArray(float[][]::new));
    }

    @Test
    void theBundledExamplesAreReadOnceAndShared() {
        // every Mosaic built with an embedder holds them: a server's test JVM built dozens and ran out of a 256 MB heap
        assertThat(CareNeighbours.bundled()).isSameAs(CareNeighbours.bundled()).hasSizeGreaterThan(20_000);
    }

    @Test
    void sixCareNeighboursOfSevenGiveCareOfTheirMostCommonKind() {
        CareNeighbours n = of(0.0, "distress", "panic", 0.01, "distress", "panic", 0.02, "distress", "panic",
                0.03, "distress", "crying", 0.04, "crisis", "suicide", 0.05, "crisis", "suicide", 0.06, "ordinary", "",
                3.0, "ordinary", "");
        assertThat(n.read(at(0.0)).care()).contains(Care.Kind.PANIC);
    }

    @Test
    void aCareerQuestionClearlyNearerThanAnyCareMessageLeavesNoCare() {
        // similarity 1 to the career question; cos 0.35 = 0.939 (0.06 less) or cos 0.2 = 0.980 (0.02 less) to the care
        CareNeighbours far = of(0.0, "ordinary", "negated", 0.35, "distress", "exhaustion", 0.36, "distress",
                "exhaustion", 0.37, "distress", "exhaustion", 0.38, "distress", "exhaustion", 0.39, "distress",
                "exhaustion", 0.40, "distress", "exhaustion", 3.0, "ordinary", "");
        assertThat(far.read(at(0.0)).care()).isEmpty();
        CareNeighbours near = of(0.0, "ordinary", "negated", 0.20, "distress", "exhaustion", 0.21, "distress",
                "exhaustion", 0.22, "distress", "exhaustion", 0.23, "distress", "exhaustion", 0.24, "distress",
                "exhaustion", 0.25, "distress", "exhaustion", 3.0, "ordinary", "");
        assertThat(near.read(at(0.0)).care()).contains(Care.Kind.EXHAUSTION);
    }

    @Test
    void anOffTopicOrVagueMessageNearerByAWiderMarginLeavesNoCare() {
        // cos 0.46 = 0.896 (0.104 less than the trivia question) against cos 0.30 = 0.955 (0.045 less)
        for (String label : new String[] {"off_topic", "vague"}) {
            CareNeighbours far = of(0.0, label, "trivia", 0.46, "crisis", "suicide", 0.47, "crisis", "suicide",
                    0.48, "crisis", "suicide", 0.49, "off_topic", "trivia", 0.50, "ordinary", "", 0.51, "ordinary", "",
                    3.0, "ordinary", "");
            assertThat(far.read(at(0.0)).care()).as(label).isEmpty();
            CareNeighbours near = of(0.0, label, "trivia", 0.30, "crisis", "suicide", 0.31, "crisis", "suicide",
                    0.32, "crisis", "suicide", 0.33, "off_topic", "trivia", 0.34, "ordinary", "", 0.35, "ordinary", "",
                    3.0, "ordinary", "");
            assertThat(near.read(at(0.0)).care()).as(label).contains(Care.Kind.SUICIDE);
        }
    }

    @Test
    void anOffTopicNeighbourLeavesNoCareToAMessageTheRulesDeclinedWithNoSignOfRisk() {
        // "how does a bungee jump work": three crises about jumping, and one trivia question, among its seven nearest
        CareNeighbours n = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "suicide",
                0.03, "ordinary", "", 0.04, "ordinary", "", 0.05, "ordinary", "", 0.06, "off_topic", "trivia",
                3.0, "ordinary", "");
        assertThat(n.read(at(0.0), false).care()).contains(Care.Kind.SUICIDE);
        assertThat(n.read(at(0.0), true).care()).isEmpty();
        assertThat(n.read(at(0.0), true).offTopic()).as("nor called off-topic by one trivia question").isFalse();
        CareNeighbours noTrivia = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "suicide",
                0.03, "ordinary", "", 0.04, "ordinary", "", 0.05, "ordinary", "", 0.06, "vague", "",
                3.0, "ordinary", "");
        assertThat(noTrivia.read(at(0.0), true).care()).as("no off-topic neighbour: the crises count")
                .contains(Care.Kind.SUICIDE);
    }

    @Test
    void threeCrisesOfSevenAreACrisis() {
        CareNeighbours n = of(0.0, "crisis", "self_harm", 0.01, "ordinary", "", 0.02, "crisis", "self_harm",
                0.03, "ordinary", "", 0.04, "crisis", "suicide", 0.05, "ordinary", "", 0.06, "vague", "",
                3.0, "ordinary", "");
        assertThat(n.read(at(0.0)).care()).contains(Care.Kind.SELF_HARM);
    }

    @Test
    void fiveOfSevenIsNotEnough() {
        CareNeighbours n = of(0.0, "crisis", "suicide", 0.01, "distress", "crying", 0.02, "crisis", "abuse",
                0.03, "distress", "panic", 0.04, "distress", "numb", 0.05, "ordinary", "", 0.06, "vague", "",
                3.0, "crisis", "suicide");
        assertThat(n.read(at(0.0)).care()).isEmpty();
    }

    @Test
    void threeCrisesOutrankMoreDistressAndAJobLostTodayIsJobLoss() {
        CareNeighbours crisis = of(0.0, "crisis", "danger", 0.01, "distress", "panic", 0.02, "crisis", "danger",
                0.03, "distress", "panic", 0.04, "crisis", "danger", 0.05, "distress", "panic", 0.06, "ordinary", "");
        assertThat(crisis.read(at(0.0)).care()).contains(Care.Kind.DANGER);
        CareNeighbours lost = of(0.0, "distress", "job_lost_today", 0.01, "distress", "job_lost_today",
                0.02, "distress", "job_lost_today", 0.03, "distress", "crying", 0.04, "distress", "job_lost_today",
                0.05, "distress", "crying", 0.06, "ordinary", "");
        assertThat(lost.read(at(0.0)).care()).contains(Care.Kind.JOB_LOSS);
    }

    @Test
    void fourOffTopicOfSevenAreOffTopicUnlessCareIsCalledFor() {
        CareNeighbours off = of(0.0, "off_topic", "maths", 0.01, "ordinary", "", 0.02, "off_topic", "recipe",
                0.03, "off_topic", "trivia", 0.04, "vague", "", 0.05, "off_topic", "travel", 0.06, "ordinary", "");
        assertThat(off.read(at(0.0))).isEqualTo(new CareNeighbours.Reading(java.util.Optional.empty(), true, false, 1.0));
        CareNeighbours three = of(0.0, "off_topic", "maths", 0.01, "ordinary", "", 0.02, "off_topic", "recipe",
                0.03, "ordinary", "", 0.04, "vague", "", 0.05, "off_topic", "travel", 0.06, "ordinary", "");
        assertThat(three.read(at(0.0)).offTopic()).isFalse();
        CareNeighbours care = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "suicide",
                0.03, "off_topic", "maths", 0.04, "off_topic", "maths", 0.05, "off_topic", "maths",
                0.06, "off_topic", "maths");
        assertThat(care.read(at(0.0))).isEqualTo(new CareNeighbours.Reading(java.util.Optional.of(Care.Kind.SUICIDE),
                false, false, 1.0));
    }

    @Test
    void fiveCareerQuestionsOfSevenAreACareerQuestionUnlessCareIsCalledFor() {
        CareNeighbours career = of(0.0, "ordinary", "career", 0.01, "off_topic", "maths", 0.02, "ordinary", "past",
                0.03, "ordinary", "", 0.04, "ordinary", "career", 0.05, "off_topic", "travel", 0.06, "ordinary", "");
        assertThat(career.read(at(0.0))).isEqualTo(new CareNeighbours.Reading(java.util.Optional.empty(), false, true, 1.0));
        CareNeighbours four = of(0.0, "ordinary", "career", 0.01, "off_topic", "maths", 0.02, "ordinary", "past",
                0.03, "vague", "", 0.04, "ordinary", "", 0.05, "off_topic", "travel", 0.06, "ordinary", "");
        assertThat(four.read(at(0.0)).career()).isFalse();
        CareNeighbours distress = of(0.0, "distress", "crying", 0.01, "distress", "crying", 0.02, "distress", "panic",
                0.03, "distress", "crying", 0.04, "distress", "numb", 0.05, "distress", "panic", 0.06, "ordinary", "");
        assertThat(distress.read(at(0.0)).career()).isFalse();
        assertThat(distress.read(at(0.0)).care()).contains(Care.Kind.CRYING);
    }

    @Test
    void careerNeighboursKeepOnlyAQuestionTheRulesDeclinedForNamingNoWordAboutWork() {
        CareNeighbours.Reading career = new CareNeighbours.Reading(java.util.Optional.empty(), false, true, 0.9);
        TriageResult wordless = Triage.bundled().assess("is 28 too late to start in medicine?");
        assertThat(wordless.verdict()).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(wordless.wordless()).isTrue();
        assertThat(wordless.withNeighbours(career, "is 28 too late to start in medicine?").verdict())
                .isEqualTo(Verdict.COACHING);
        assertThat(wordless.withNeighbours(CareNeighbours.Reading.none(), "is 28 too late to start in medicine?"))
                .isEqualTo(wordless);
        TriageResult trivia = Triage.bundled().assess("who won the world series in 1998?");
        assertThat(trivia.wordless()).isFalse();
        assertThat(trivia.withNeighbours(career, "who won the world series in 1998?").verdict())
                .as("words for something else outweigh the neighbours").isEqualTo(Verdict.OFF_TOPIC);
        TriageResult basil = Triage.bundled().assess("my basil keeps dying on the windowsill, what am I doing wrong");
        assertThat(basil.verdict()).as("a question after a comma, its mark left off").isEqualTo(Verdict.OFF_TOPIC);
    }

    @Test
    void theNeighboursCareAddsToTheRulesAndNeverTakesAwayWhatTheyFound() {
        CareNeighbours.Reading crisis = new CareNeighbours.Reading(java.util.Optional.of(Care.Kind.SUICIDE), false,
                false, 0.9);
        TriageResult ordinary = Triage.bundled().assess("how do I ask for a raise?");
        TriageResult cared = ordinary.withNeighbours(crisis, "how do I ask for a raise?");
        assertThat(cared.verdict()).isEqualTo(Verdict.CRISIS);
        assertThat(cared.cue()).as("the whole message picks the wording").isEqualTo("how do I ask for a raise?");
        TriageResult distress = Triage.bundled().assess("I can't stop crying at my desk");
        assertThat(distress.withNeighbours(crisis, "I can't stop crying at my desk")).isEqualTo(distress);
        CareNeighbours.Reading off = new CareNeighbours.Reading(java.util.Optional.empty(), true, false, 0.9);
        assertThat(ordinary.withNeighbours(off, "how do I ask for a raise?").verdict()).isEqualTo(Verdict.OFF_TOPIC);
    }

    @Test
    void theLinearReadingKeepsACareerQuestionTheRulesDeclinedUnlessSomethingCallsItOffTopic() {
        TriageResult declined = Triage.bundled().assess("what's the best opening in chess for club players?");
        assertThat(declined.verdict()).isEqualTo(Verdict.OFF_TOPIC);
        CareNeighbours.Reading career = new CareNeighbours.Reading(java.util.Optional.empty(), false, false, true,
                0.6);
        assertThat(declined.withNeighbours(career, "can I put my chess club captaincy on my CV?").verdict())
                .isEqualTo(Verdict.COACHING);
        CareNeighbours.Reading both = new CareNeighbours.Reading(java.util.Optional.empty(), true, false, true, 0.6);
        assertThat(declined.withNeighbours(both, "can I put my chess club captaincy on my CV?").verdict())
                .isEqualTo(Verdict.OFF_TOPIC);
    }

    @Test
    void farNeighboursSayNothing() {
        CareNeighbours n = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "suicide",
                0.03, "crisis", "suicide", 0.04, "crisis", "suicide");
        assertThat(n.read(at(Math.PI / 2)).care()).as("similarity about 0, below 0.4").isEmpty();
    }

    @Test
    void theBundledExamplesHaveKnownLabelsAndKinds() {
        List<CareNeighbours.Example> examples = CareNeighbours.bundled();
        assertThat(examples).hasSizeGreaterThan(1_500);
        assertThat(examples).extracting(CareNeighbours.Example::label)
                .containsOnly("crisis", "distress", "ordinary", "off_topic", "vague");
        Set<String> kinds = Set.of("suicide", "self_harm", "abuse", "danger", "crying", "panic", "overwhelmed",
                "numb", "exhaustion", "physical", "job_lost_today");
        assertThat(examples).filteredOn(e -> e.label().equals("crisis") || e.label().equals("distress"))
                .allSatisfy(e -> assertThat(kinds).contains(e.kind()));
        assertThat(examples.stream().map(e -> e.message().toLowerCase(java.util.Locale.ROOT)).distinct().count())
                .isEqualTo(examples.size());
        float[][] vectors = new float[examples.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = at(i);
        }
        new CareNeighbours(examples, vectors); // every kind maps to a Care.Kind
    }

    @Test
    void aLongMessageIsReadSentenceBySentenceAndAShortOneNot() {
        String longOne = "I have been a site engineer for eleven years and I want to move into project controls. "
                + "Is a cost engineering course worth the money at my age? "
                + "Some nights I sit in the car and think about not going home at all, ever. "
                + "Also, should my CV lead with my chartership or my projects";
        assertThat(CareNeighbours.sentences(longOne)).containsExactly(
                "I have been a site engineer for eleven years and I want to move into project controls.",
                "Is a cost engineering course worth the money at my age?",
                "Some nights I sit in the car and think about not going home at all, ever.",
                "Also, should my CV lead with my chartership or my projects");
        // Under thirty words, or one sentence however long, the whole message's reading is the only one.
        assertThat(CareNeighbours.sentences("I want to move into project controls. Is a course worth it at 40?"))
                .isEmpty();
        assertThat(CareNeighbours.sentences("i have been a site engineer for eleven years and i want to move into "
                + "project controls but i dont know if a cost engineering course is worth the money at my age or if "
                + "i should just apply")).isEmpty();
        // Short pieces ("Thanks.", "Ok so.") are not read on their own; a line break ends a sentence too.
        assertThat(CareNeighbours.sentences("Thanks. Ok so.\nI have been a site engineer for eleven years and I "
                + "want to move into project controls\nIs a cost engineering course worth the money at my age or "
                + "should I just apply for junior roles now")).hasSize(2);
    }

    @Test
    void aFloodOfSentencesIsCutToTheLongestTwelveInTheirOrder() {
        StringBuilder message = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            message.append(i == 7 ? "this one is the longest sentence of them all by far. " : "one two three four. ");
        }
        List<String> read = CareNeighbours.sentences(message.toString());
        assertThat(read).hasSize(CareNeighbours.MOST_SENTENCES)
                .contains("this one is the longest sentence of them all by far.");
        assertThat(read.indexOf("this one is the longest sentence of them all by far.")).isEqualTo(7);
    }

    @Test
    void aSentenceIsACrisisOnlyWhenFiveOfItsSevenNearestAre() {
        CareNeighbours five = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "self_harm",
                0.03, "crisis", "suicide", 0.04, "crisis", "suicide", 0.05, "ordinary", "", 0.06, "distress", "numb",
                3.0, "ordinary", "");
        assertThat(five.readSentence(at(0.0))).contains(Care.Kind.SUICIDE);
        CareNeighbours four = of(0.0, "crisis", "suicide", 0.01, "crisis", "suicide", 0.02, "crisis", "self_harm",
                0.03, "crisis", "suicide", 0.04, "distress", "numb", 0.05, "ordinary", "", 0.06, "distress", "numb",
                3.0, "ordinary", "");
        assertThat(four.readSentence(at(0.0))).isEmpty();
        // ...and not when a career question is clearly nearer than any of them
        CareNeighbours career = of(0.0, "ordinary", "past", 0.35, "crisis", "self_harm", 0.36, "crisis", "self_harm",
                0.37, "crisis", "self_harm", 0.38, "crisis", "self_harm", 0.39, "crisis", "self_harm", 0.40,
                "crisis", "self_harm", 3.0, "ordinary", "");
        assertThat(career.readSentence(at(0.0))).isEmpty();
    }
}
