package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.care.Care;
import dev.mosaic.core.care.CareResources;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.internal.coach.CareReplies;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Care before coaching (issue 15): triage runs first, in the SDK, for every embedding application. */
class CareTest {
    private static final String CRISIS = "I have been thinking about ending my life since I lost my job";

    private static final String CARE_ANSWER = "That sounds so hard. Please pause for a moment and talk to someone you "
            + "trust; the planning can wait.";

    /** A model that records what it was asked and answers with a caring text (or fails, as a provider that is down). */
    static ScriptedChatModel recording(boolean fail) {
        return new ScriptedChatModel(CARE_ANSWER, fail);
    }

    @Test
    void aCueThatRepeatsWordsPicksItsWordingWithoutFailing() {
        // A cue can be a whole message (care found by the nearest labelled messages); messages repeat words.
        String cue = "i cant cope i cant stop crying and i cant go in";
        assertThat(CareReplies.distress(Care.Kind.CRYING, cue, CareResources.bundled())).isNotBlank();
        assertThat(CareReplies.caringStep(Care.Kind.CRYING, cue, CareResources.bundled())).isNotBlank();
    }

    @Test
    void aCrisisOnlyTheNeighboursSawIsAskedAboutDirectlyWithTheSameResources() {
        CareResources region = CareResources.bundled();
        for (Care.Kind kind : List.of(Care.Kind.SUICIDE, Care.Kind.SELF_HARM, Care.Kind.ABUSE, Care.Kind.DANGER)) {
            List<CareResources.Resource> named = region.forKind(kind);
            String asking = CareReplies.crisisAskingFirst(kind, named, region);
            assertThat(asking).as(kind.name()).contains("?", region.emergencyNumber(), "If I've misread you",
                    "go straight back to your question", "you can tell me").containsIgnoringCase("you matter");
            assertThat(named).isNotEmpty().allSatisfy(resource -> assertThat(asking).contains(resource.contact()));
            assertThat(asking).isNotEqualTo(CareReplies.crisis(kind, named, region)).doesNotContain("glad you told me");
        }
        assertThat(CareReplies.crisisAskingFirst(Care.Kind.SUICIDE, region.forKind(Care.Kind.SUICIDE), region))
                .contains("I'll ask you directly: are you having thoughts of ending your life?");
        // the most urgent kind names the emergency number before anything else it says
        String danger = CareReplies.crisisAskingFirst(Care.Kind.DANGER, region.forKind(Care.Kind.DANGER), region);
        assertThat(danger.indexOf(region.emergencyNumber())).isLessThan(danger.indexOf("You matter"))
                .isLessThan(danger.indexOf('\n'));
        // someone else at risk is never read by the neighbours alone; if it were, the plain reply fits it
        assertThat(CareReplies.crisisAskingFirst(Care.Kind.SOMEONE_AT_RISK, List.of(), region))
                .isEqualTo(CareReplies.crisis(Care.Kind.SOMEONE_AT_RISK, List.of(), region));
    }

    @Test
    void aNoToTheQuestionIsToldFromANoThatGoesOn() {
        assertThat(List.of("no no, I'm fine, I just meant the CV. how do I start?", "nope", "haha no, not like that",
                "I'm fine, honestly", "I meant the job search, sorry", "Not at all. Just busy", "im ok"))
                .allSatisfy(message -> assertThat(CareReplies.saysMisread(message)).as(message).isTrue());
        assertThat(List.of("no, but some days I think about it", "not really", "I don't know",
                "yes", "sometimes", "no one would notice if I was gone", "nobody cares", "I meant it",
                "no, I meant what I said"))
                .allSatisfy(message -> assertThat(CareReplies.saysMisread(message)).as(message).isFalse());
        CareResources region = CareResources.bundled();
        assertThat(CareReplies.askedFirst(CareReplies.crisisAskingFirst(Care.Kind.SUICIDE,
                region.forKind(Care.Kind.SUICIDE), region))).isTrue();
        assertThat(CareReplies.askedFirst(CareReplies.crisis(Care.Kind.SUICIDE, region.forKind(Care.Kind.SUICIDE),
                region))).isFalse();
    }

    @Test
    void aCrisisGetsTheFixedReplyWithResourcesNoNextStepAndUnmovedMetrics() {
        ScriptedChatModel model = recording(false);
        Mosaic mosaic = Mosaic.builder().ai(model).build();
        SessionId id = mosaic.sessions().create().id();
        CoachReply before = mosaic.coach().chat(id, "I want to move from support into product management");
        int modelCalls = model.requests.size();

        CoachReply reply = mosaic.coach().chat(id, CRISIS);

        assertThat(reply.source()).isEqualTo(CoachReply.Source.CARE);
        Care care = reply.care().orElseThrow();
        assertThat(care.level()).isEqualTo(Care.Level.CRISIS);
        assertThat(care.kind()).isEqualTo(Care.Kind.SUICIDE);
        assertThat(care.resources()).extracting(CareResources.Resource::contact)
                .anySatisfy(contact -> assertThat(contact).contains("988"))
                .anySatisfy(contact -> assertThat(contact).contains("116 123"))
                .anySatisfy(contact -> assertThat(contact).contains("local emergency number"));
        assertThat(reply.message()).contains("You matter", "bigger than any career question", "116 123",
                "come back to your work or career");
        assertThat(reply.nextStep()).isEmpty();
        assertThat(reply.match()).isEmpty();
        assertThat(reply.signals()).isEmpty();
        assertThat(reply.metrics()).isEqualTo(before.metrics());
        assertThat(mosaic.coach().metrics(id)).contains(before.metrics());
        assertThat(model.requests).as("a crisis reply is never generated").hasSize(modelCalls);
        assertThat(mosaic.coach().history(id, 1)).singleElement()
                .satisfies(turn -> assertThat(turn.source()).isEqualTo(CoachReply.Source.CARE));
    }

    @Test
    void theFiveMessagesOfTheIssueAreMetWithCare() {
        Mosaic mosaic = Mosaic.builder().build();
        record Expected(String message, Care.Level level, Care.Kind kind) {
        }
        for (Expected expected : List.of(
                new Expected(CRISIS, Care.Level.CRISIS, Care.Kind.SUICIDE),
                new Expected("I can't stop crying at my desk, I'm falling apart", Care.Level.DISTRESS, Care.Kind.CRYING),
                new Expected("60-hour weeks at a consulting firm, chest pains", Care.Level.DISTRESS,
                        Care.Kind.PHYSICAL),
                new Expected("laid off this morning, 8 years there", Care.Level.DISTRESS, Care.Kind.JOB_LOSS),
                new Expected("my boyfriend hits me when he's drunk and I'm scared to go home after my shift",
                        Care.Level.CRISIS, Care.Kind.ABUSE))) {
            CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(), expected.message());
            assertThat(reply.care()).as(expected.message()).hasValueSatisfying(care -> {
                assertThat(care.level()).isEqualTo(expected.level());
                assertThat(care.kind()).isEqualTo(expected.kind());
            });
            assertThat(reply.message()).as(expected.message()).doesNotContain("A next step for your");
        }
    }

    @Test
    void distressGetsWarmthOneCaringStepAndPlanningLater() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(id, "60-hour weeks at a consulting firm, chest pains");
        assertThat(reply.care()).hasValueSatisfying(care -> {
            assertThat(care.level()).isEqualTo(Care.Level.DISTRESS);
            assertThat(care.resources()).isEmpty();
        });
        assertThat(reply.message()).contains("Chest pain", "doctor today", "emergency number", "can wait");
        assertThat(reply.nextStep()).hasValueSatisfying(step -> assertThat(step).contains("doctor"));
        assertThat(mosaic.coach().metrics(id)).contains(reply.metrics());
        CoachReply next = mosaic.coach().chat(id, "I want to move into a project manager role next year");
        assertThat(next.metrics()).as("the care turn moved nothing, so the next one builds on the start")
                .isEqualTo(firstTurnMetrics("I want to move into a project manager role next year"));
    }

    @Test
    void faintingAfterAJobLostTodayGetsTheDoctorTodayReplyThatTriageChoseItFor() {
        // Triage ranks fainting above the job lost today; the reply must then be the urgent one, not the
        // general "see a doctor" text (the two read one list of urgent words).
        Mosaic mosaic = Mosaic.builder().build();
        CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(),
                "they let me go this morning and i fainted in the car park after");
        assertThat(reply.care()).hasValueSatisfying(care -> assertThat(care.level()).isEqualTo(Care.Level.DISTRESS));
        assertThat(reply.message()).contains("fainting", "doctor today", "emergency number");
        assertThat(reply.nextStep()).hasValueSatisfying(step -> assertThat(step).contains("doctor"));
    }

    private static Metrics firstTurnMetrics(String message) {
        Mosaic fresh = Mosaic.builder().build();
        return fresh.coach().chat(fresh.sessions().create().id(), message).metrics();
    }

    @Test
    void withAModelDistressIsWrittenUnderACareInstructionAndFallsBackToTheFixedText() {
        ScriptedChatModel model = recording(false);
        Mosaic mosaic = Mosaic.builder().ai(model).build();
        CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(),
                "I keep having panic attacks in the toilets before my shift");
        assertThat(reply.source()).isEqualTo(CoachReply.Source.CARE);
        assertThat(reply.message()).startsWith("That sounds so hard.");
        ChatModel.Request request = model.requests.get(model.requests.size() - 1);
        assertThat(request.purpose()).isEqualTo("coach.care");
        String system = request.messages().get(0).content();
        assertThat(request.messages().get(0).role()).isEqualTo(ChatModel.Role.SYSTEM);
        assertThat(system).contains("not okay", "one immediate caring step", "planning can wait",
                "no career advice, no productivity tips");
        assertThat(reply.nextStep()).hasValueSatisfying(step -> assertThat(step).contains("breathe in for four"));

        Mosaic failing = Mosaic.builder().ai(recording(true)).build();
        CoachReply fallback = failing.coach().chat(failing.sessions().create().id(),
                "I keep having panic attacks in the toilets before my shift");
        assertThat(fallback.message()).contains("Panic feels overwhelming, but it will pass");
    }

    @Test
    void withAModelTheModelsSafetyFlagAlsoLeadsToTheFixedCrisisReply() {
        ChatModel flagging = new ChatModel() {
            @Override
            public String name() {
                return "flagging";
            }

            @Override
            public ChatModel.Response complete(ChatModel.Request request) {
                assertThat(request.messages().get(0).content()).contains("Safety comes first", "CARE:ABUSE");
                return new ChatModel.Response("  CARE:ABUSE\n", "flagging", 5, 2);
            }
        };
        Mosaic mosaic = Mosaic.builder().ai(flagging).care(CareResources.bundled("us")).build();
        String message = "how do I ask for remote work, my husband reads my work email and says where I can go";
        CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(), message);
        assertThat(reply.source()).isEqualTo(CoachReply.Source.CARE);
        assertThat(reply.care().orElseThrow().kind()).isEqualTo(Care.Kind.ABUSE);
        assertThat(reply.message()).contains("1-800-799-7233", "not your fault").doesNotContain("CARE:");
        assertThat(reply.nextStep()).isEmpty();
        Mosaic offline = Mosaic.builder().build();
        assertThat(offline.coach().chat(offline.sessions().create().id(), message).care())
                .as("the rules alone miss this one, so the flag is what caught it").isEmpty();
    }

    @Test
    void figurativeNegatedAndThirdPersonMessagesAreCoachedNotTriaged() {
        Mosaic mosaic = Mosaic.builder().build();
        for (String message : List.of("this job is killing me, how do I ask for a lighter workload?",
                "I'm dying to get into product management", "I'd kill for a four-day week",
                "my commute is murder, should I ask to work from home?",
                "I'm not suicidal, just bored out of my mind at work", "my friend was laid off this morning, how "
                        + "can I help her with her CV?", "quitting now would be career suicide, wouldn't it?")) {
            CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(), message);
            assertThat(reply.source()).as(message).isIn(CoachReply.Source.LIBRARY, CoachReply.Source.CLARIFY);
            assertThat(reply.care()).as(message).isEmpty();
        }
    }

    @Test
    void offTopicIsDeclinedWithoutTheLibraryTheModelOrMovingTheMetrics() {
        ScriptedChatModel model = recording(false);
        Mosaic mosaic = Mosaic.builder().ai(model).build();
        SessionId id = mosaic.sessions().create().id();
        CoachReply first = mosaic.coach().chat(id, "I want to move into data analysis and I'll apply to 3 jobs "
                + "by Friday");
        int calls = model.requests.size();
        for (String message : List.of("17 times 23", "who won the World Series",
                "write me a poem about the ocean")) {
            CoachReply reply = mosaic.coach().chat(id, message);
            assertThat(reply.source()).as(message).isEqualTo(CoachReply.Source.OFF_TOPIC);
            assertThat(reply.message()).contains("career coach", "job search", "resume");
            assertThat(reply.nextStep()).isEmpty();
            assertThat(reply.match()).isEmpty();
            assertThat(reply.metrics()).isEqualTo(first.metrics());
        }
        assertThat(model.requests).hasSize(calls);
        assertThat(mosaic.coach().analysis(id, 25).orElseThrow().themes()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void afterCareTheNextCareerAnswerIsGentleAndTheOneAfterIsNormal() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().chat(id, "I got laid off this morning and I can't stop shaking");
        CoachReply gentle = mosaic.coach().chat(id, "how do I explain a layoff in an interview?");
        assertThat(gentle.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(gentle.nextStep()).isEmpty();
        assertThat(gentle.message()).startsWith("Thank you for coming back to this")
                .doesNotContain("A next step for your");
        CoachReply normal = mosaic.coach().chat(id, "how should I negotiate the salary on a new offer?");
        assertThat(normal.nextStep()).isPresent();
        assertThat(normal.message()).as("the next step is beside the message, not in it")
                .doesNotContain(normal.nextStep().get());
    }

    @Test
    void afterCareAThankYouOrAnotherTimeIsTakenAsSaidWithoutAdvice() {
        Mosaic mosaic = Mosaic.builder().care(CareResources.bundled("gb")).build();
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().chat(id, CRISIS);
        CoachReply later = mosaic.coach().chat(id, "thank you. can we talk about my CV another time?");
        assertThat(later.source()).as("still part of the care exchange").isEqualTo(CoachReply.Source.CARE);
        Care care = later.care().orElseThrow();
        assertThat(care.level()).isEqualTo(Care.Level.CRISIS);
        assertThat(care.kind()).isEqualTo(Care.Kind.SUICIDE);
        assertThat(care.resources()).as("the line and the emergency services the reply names")
                .extracting(CareResources.Resource::kind)
                .containsExactly(CareResources.Resource.Kind.CRISIS_LINE, CareResources.Resource.Kind.EMERGENCY);
        assertThat(later.message()).contains(care.resources().get(0).name());
        assertThat(later.match()).isEmpty();
        assertThat(later.nextStep()).isEmpty();
        assertThat(later.message()).startsWith("Of course, the career questions can wait. Before you go: if you're "
                + "thinking about suicide").as("after a crisis reply, the crisis line and 999 again")
                .contains("Samaritans").contains("call 999").doesNotContain("resume");
        assertThat(later.metrics()).isEqualTo(MetricsModel.signals().initial());
        CoachReply stillGentle = mosaic.coach().chat(id, "how do I explain a gap in my CV?");
        assertThat(stillGentle.nextStep()).as("the first career answer after care is still gentle").isEmpty();
        assertThat(stillGentle.message()).startsWith("Thank you for coming back to this");

        SessionId other = mosaic.sessions().create().id();
        mosaic.coach().chat(other, "I can't stop crying at my desk, I'm falling apart");
        assertThat(mosaic.coach().chat(other, "thanks, I will").message())
                .startsWith("Of course. Take all the time you need; you can come back here whenever you like. "
                        + "Look after yourself today, and if it feels like too much, Samaritans");
    }

    @Test
    void closingMessagesAreToldApartFromQuestionsThatMentionLater() {
        for (String closing : List.of("thank you. can we talk about my CV another time?", "thanks, I will",
                "ok, bye", "Thank you so much x", "I'll come back to this later.", "not today", "cheers",
                "maybe we can do the job stuff some other time?", "I'll try. thanks", "thanks, I'll come back tomorrow",
                "ok thanks, back later")) {
            assertThat(CareReplies.isClosing(closing)).as(closing).isTrue();
        }
        for (String open : List.of("ok", "yes", "ok what now?", "should I tell my manager later?",
                "I have an interview tomorrow, how do I prepare?", "thanks, how do I write a cover letter?",
                "later this week I want to apply for two jobs, which first?",
                "thank you. what should I do first about finding something new?", "I want to come back to work",
                "I have my interview tomorrow", "come back tomorrow for the second round?")) {
            assertThat(CareReplies.isClosing(open)).as(open).isFalse();
        }
    }

    @Test
    void afterAJobLostTodayAQuestionTheLibraryCannotPlaceGetsThePracticalSideInSmallPieces() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        assertThat(mosaic.coach().chat(id, "laid off this morning, 8 years there").care().orElseThrow().kind())
                .isEqualTo(Care.Kind.JOB_LOSS);
        CoachReply next = mosaic.coach().chat(id, "ok. I've had a cup of tea and talked to my partner. what should "
                + "I do first about finding something new?");
        assertThat(next.source()).isEqualTo(CoachReply.Source.CLARIFY);
        assertThat(next.nextStep()).isEmpty();
        assertThat(next.message()).startsWith("We can take the practical side one step at a time")
                .contains("severance").contains("starting to look for work again");
        assertThat(mosaic.store().turns(id, 2).get(1).care()).as("the care turn keeps its kind")
                .contains(Care.Kind.JOB_LOSS);
        assertThat(mosaic.store().turns(id, 2).get(1).matchId()).as("and no mark in its match id").isEmpty();
        CoachReply again = mosaic.coach().chat(id, "hmm not sure");
        assertThat(again.message()).as("asked once, not in a loop")
                .doesNotStartWith("We can take the practical side");

        SessionId cried = mosaic.sessions().create().id();
        mosaic.coach().chat(cried, "I can't stop crying at my desk, I'm falling apart");
        assertThat(mosaic.coach().chat(cried, "idk").message()).startsWith("One small thing that often helps")
                .contains("When you feel ready, tell me");
        SessionId crisis = mosaic.sessions().create().id();
        mosaic.coach().chat(crisis, CRISIS);
        assertThat(mosaic.coach().chat(crisis, "idk").message()).as("after a crisis, where to turn before work")
                .startsWith("Thank you for replying. If you're thinking about suicide").contains("Find A Helpline")
                .endsWith("Whenever you want, we can also talk about work, one small step at a time.");
    }

    @Test
    void aCrisisDuringTheGuidedFlowIsAnsweredFirstAndTheFlowResumesWhereItStopped() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        CoachReply started = mosaic.coach().startGuidedFlow(id, "guide me");
        String question = started.guidedQuestion().orElseThrow().id();
        CoachReply care = mosaic.coach().chat(id, "honestly I don't want to be alive anymore");
        assertThat(care.source()).isEqualTo(CoachReply.Source.CARE);
        assertThat(care.guidedQuestion()).isEmpty();
        assertThat(mosaic.coach().pendingGuidedQuestion(id)).isEmpty();
        CoachReply resumed = mosaic.coach().startGuidedFlow(id, "can we carry on with the questions?");
        assertThat(resumed.guidedQuestion().orElseThrow().id()).isEqualTo(question);
    }

    @Test
    void whatWasSaidInCrisisNeverBecomesACommitmentOrPartOfTheProfile() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().chat(id, "I'm going to kill myself tonight, I'm a nurse with ICU and ACLS experience");
        mosaic.coach().chat(id, "I want a job in marketing");
        assertThat(mosaic.coach().analysis(id, 25).orElseThrow().commitments()).isEmpty();
        assertThat(mosaic.jobs().profile(id).skills()).doesNotContain("ACLS");
        List<Coach.Turn> turns = mosaic.coach().history(id, 10);
        assertThat(turns.get(1).source()).isEqualTo(CoachReply.Source.CARE);
    }

    @Test
    void theRegionDecidesWhichResourcesAreNamedAndAbuseLinesComeFirstForAbuse() {
        Mosaic gb = Mosaic.builder().care(CareResources.bundled("uk")).build();
        CoachReply abuse = gb.coach().chat(gb.sessions().create().id(), "my partner hit me again last night");
        assertThat(abuse.care().orElseThrow().resources()).extracting(CareResources.Resource::kind)
                .startsWith(CareResources.Resource.Kind.ABUSE_LINE).contains(CareResources.Resource.Kind.EMERGENCY);
        assertThat(abuse.message()).contains("0808 2000 247", "999", "not your fault");

        Mosaic us = Mosaic.builder().care(CareResources.bundled("US")).build();
        CoachReply danger = us.coach().chat(us.sessions().create().id(), "I just took a whole bottle of pills");
        assertThat(danger.care().orElseThrow().kind()).isEqualTo(Care.Kind.DANGER);
        assertThat(danger.care().orElseThrow().resources().get(0).kind()).isEqualTo(CareResources.Resource.Kind.EMERGENCY);
        assertThat(danger.message()).contains("911", "988");
    }
}
