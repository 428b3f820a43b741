package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.testing.ScriptedChatModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The thread (issue 19): facts kept and forgotten, follow-ups, replies that listen, next steps that do not repeat. */
class ThreadTest {
    @Test
    void factsAreKeptFromWhatThePersonWroteAndACorrectionReplacesTheOldValue() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I got an offer of $85k from Brightwell for an analyst role in Denver");
            CoachReply corrected = mosaic.coach().chat(id, "actually it's 95k, not 85k");
            List<Coach.Fact> facts = mosaic.coach().facts(id);
            assertThat(corrected.known()).as("the reply carries what is known after it").isEqualTo(facts);
            assertThat(facts).filteredOn(f -> f.kind() == Coach.Fact.Kind.OFFER).extracting(Coach.Fact::value)
                    .containsExactly("95k");
            assertThat(facts).extracting(Coach.Fact::value).contains("Brightwell", "Denver");
            Coach.Fact place = facts.stream().filter(f -> f.kind() == Coach.Fact.Kind.PLACE).findFirst().orElseThrow();
            assertThat(place.turn()).isEqualTo(1);
            assertThat(place.words()).isEqualTo("Denver");

            assertThat(mosaic.coach().forgetFact(id, place.id())).isTrue();
            assertThat(mosaic.coach().facts(id)).doesNotContain(place);
            assertThat(mosaic.coach().forgetFact(id, place.id())).as("already forgotten").isFalse();
            assertThat(mosaic.coach().forgetFact(id, "no-such-fact")).isFalse();
        }
    }

    @Test
    void aFactSaidAgainIsStoredOnce() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I'm a nurse in Leeds and I want to move into health informatics");
            int stored = mosaic.store().facts(id).size();
            mosaic.coach().chat(id, "I'm a nurse in Leeds and I want to move into health informatics");
            assertThat(mosaic.store().facts(id)).hasSize(stored);
            assertThat(mosaic.coach().facts(id)).extracting(Coach.Fact::turn).containsOnly(1);
        }
    }

    @Test
    void aReplyToConcreteDetailsGivesThemBackFirstAndTheNextStepIsBesideTheMessage() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply reply = mosaic.coach().chat(id, "I'm a maths teacher, 11 years in, and I want to move into "
                    + "data analysis. Where do I start learning?");
            assertThat(reply.message()).startsWith("From what you've said:").contains("maths teacher", "11 years",
                    "data analysis");
            if (reply.nextStep().isPresent()) {
                assertThat(reply.message()).doesNotContain(reply.nextStep().get());
            }
        }
    }

    @Test
    void aFollowUpWithAPronounOrWhatElseStaysOnTheSubjectAndNoNextStepRepeats() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply first = mosaic.coach().chat(id, "My manager keeps taking credit for my work in meetings");
            CoachReply more = mosaic.coach().chat(id, "what else can I do?");
            CoachReply him = mosaic.coach().chat(id, "Should I go to HR or talk to him directly?");
            assertThat(more.source()).isNotEqualTo(CoachReply.Source.OFF_TOPIC).isNotEqualTo(CoachReply.Source.CARE);
            assertThat(him.source()).isNotEqualTo(CoachReply.Source.OFF_TOPIC).isNotEqualTo(CoachReply.Source.CARE);
            if (first.match().isPresent() && more.match().isPresent()) {
                assertThat(more.match().get().entry().tag()).isEqualTo(first.match().get().entry().tag());
                assertThat(more.message()).as("the follow-up guidance, not the same completion again")
                        .isNotEqualTo(first.message());
            }
            Set<String> steps = new HashSet<>();
            for (CoachReply reply : List.of(first, more, him)) {
                reply.nextStep().ifPresent(step -> assertThat(steps.add(step)).as("repeated: " + step).isTrue());
            }
        }
    }

    @Test
    void afterACareReplyNamingSomeoneWhoIsThereIsAcknowledgedGently() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I just had a panic attack in the stairwell at work, I couldn't breathe");
            CoachReply reply = mosaic.coach().chat(id, "yeah my fiancé is here, he's asleep");
            assertThat(reply.source()).isEqualTo(CoachReply.Source.CARE);
            assertThat(reply.message()).startsWith("I'm really glad your fiancé is there for you");
            assertThat(reply.nextStep()).isEmpty();
        }
    }

    @Test
    void afterAJobLostTodayAndSomeoneNamedAMoneyQuestionGetsThePracticalSideNotAChoiceOfSituations() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I got laid off this morning after 8 years there");
            assertThat(mosaic.coach().chat(id, "yes, my partner is home with me").message())
                    .startsWith("I'm really glad your partner is there for you");
            CoachReply money = mosaic.coach().chat(id, "what should I do first about money?");
            assertThat(money.options()).isEmpty();
            assertThat(money.nextStep()).isEmpty();
        }
    }

    @Test
    void aPronounAfterHrBelongsToThePersonNotTheDepartment() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "My manager takes credit for my work in every team meeting");
            mosaic.coach().chat(id, "Should I go to HR or talk to him directly?");
            assertThat(mosaic.coach().facts(id)).extracting(Coach.Fact::value).contains("hr")
                    .doesNotContain("hr (he)");
        }
    }

    @Test
    void aManagerWhoTakesCreditGetsTheManagersEntryAndHrVersusDirectIsItsSecondTurn() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply first = mosaic.coach().chat(id, "My manager takes credit for my work");
            assertThat(first.match().map(m -> m.entry().id())).contains("nr-043");
            assertThat(first.message()).doesNotContain("coworker");
            CoachReply second = mosaic.coach().chat(id, "Should I go to HR or talk to him directly?");
            assertThat(second.match().map(m -> m.entry().id())).contains("nr-043");
            assertThat(second.message()).contains("HR is usually a second step");
        }
    }

    @Test
    void aCorrectionIsTakenOnBoardWithoutChangingTheSubject() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply first = mosaic.coach().chat(id, "I'm a maths teacher, 11 years in, and I want to move into "
                    + "data analysis. Where do I start learning?");
            mosaic.coach().chat(id, "what else?");
            CoachReply corrected = mosaic.coach().chat(id, "sorry, it's 9 years teaching, not 11");
            assertThat(corrected.message()).startsWith("Got it: years of experience: 9, not 11.");
            assertThat(corrected.match().map(m -> m.entry().id())).isEqualTo(first.match().map(m -> m.entry().id()));
            assertThat(mosaic.coach().facts(id)).filteredOn(f -> f.kind() == Coach.Fact.Kind.YEARS)
                    .extracting(Coach.Fact::value).containsExactly("9");
        }
    }

    @Test
    void aClearChangeOfSubjectStartsANewOne() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "My manager keeps taking credit for my work in meetings");
            CoachReply other = mosaic.coach().chat(id, "different question: how do I negotiate a higher salary on a "
                    + "new job offer?");
            assertThat(other.match()).hasValueSatisfying(m -> assertThat(m.entry().tag())
                    .isEqualTo("Financial & Negotiation"));
        }
    }

    @Test
    void jobMatchingUsesTheRoleThePlaceAndTheYearsFromTheConversation() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I'm a journeyman electrician, 12 years on the tools, looking for my next job");
            mosaic.coach().chat(id, "I'm in Phoenix");
            var best = mosaic.jobs().refresh(id).get(0).opportunity();
            assertThat(best.role()).containsIgnoringCase("electric").doesNotContainIgnoringCase("apprentice");
            assertThat(best.location()).contains("Phoenix");

            SessionId changer = mosaic.sessions().create().id();
            mosaic.coach().chat(changer, "I'm a barista, 4 years, and I want to become a data analyst");
            assertThat(mosaic.jobs().profile(changer).targetRoles()).startsWith("data", "analyst");
        }
    }

    @Test
    void theModelIsToldWhatIsKnownAndNotToAskForItAgain() {
        ScriptedChatModel model = new ScriptedChatModel("Congratulations on the offer. What matters most to you "
                + "besides pay?", false);
        try (Mosaic mosaic = Mosaic.builder().ai(model).build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I got an offer of $85k from Brightwell for an analyst role in Denver");
            CoachReply reply = mosaic.coach().chat(id, "how do I counter?");
            assertThat(reply.source()).isEqualTo(CoachReply.Source.MODEL);
            String system = model.requests.get(model.requests.size() - 1).messages().get(0).content();
            assertThat(system).contains("What the person has told you", "offer: $85k", "place: Denver",
                    "never ask for any of it again");
        }
    }

    @Test
    void aModelReplyThatInventsAFactAboutThePersonIsNotServed() {
        ScriptedChatModel model = new ScriptedChatModel("With your 12 years as a nurse in Chicago, ask for $120k.",
                false);
        try (Mosaic mosaic = Mosaic.builder().ai(model).build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply reply = mosaic.coach().chat(id, "I got an offer of $85k, how do I negotiate a higher salary?");
            assertThat(reply.source()).isNotEqualTo(CoachReply.Source.MODEL);
            assertThat(reply.message()).doesNotContain("$120k", "Chicago", "12 years");
        }
    }

    @Test
    void aQuestionJustAfterADistressReplyIsAskedWithWhatThePersonToldIt() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply care = mosaic.coach().chat(id, "they made me redundant this morning after 9 years and I "
                    + "can't stop shaking");
            assertThat(care.source()).isEqualTo(CoachReply.Source.CARE);
            CoachReply next = mosaic.coach().chat(id, "so what do I actually do first about that?");
            // The shaking chose the care reply's wording; the question after it is about the job they lost.
            assertThat(next.source()).isEqualTo(CoachReply.Source.CLARIFY);
            assertThat(next.message()).contains("practical side", "what you're owed");
            assertThat(next.nextStep()).as("gentle: no next step yet").isEmpty();

            SessionId other = mosaic.sessions().create().id();
            mosaic.coach().chat(other, "I've been crying at my desk all afternoon and I can't stop");
            assertThat(mosaic.coach().chat(other, "so what do I actually do first about that?").message())
                    .doesNotContain("what you're owed").contains("One small thing").doesNotContain("at work");
        }
    }

    @Test
    void aGoodbyeIsAnsweredAsOneAndAQuestionAboutMosaicGetsAPlainAnswer() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply advice = mosaic.coach().chat(id, "My manager keeps taking credit for my work in meetings");
            CoachReply bye = mosaic.coach().chat(id, "cheers, that was useful. talk soon");
            assertThat(bye.message()).startsWith("Glad to help").doesNotContain("?");
            assertThat(bye.nextStep()).isEmpty();
            assertThat(bye.metrics()).isEqualTo(advice.metrics());
            CoachReply who = mosaic.coach().chat(id, "wait, am I chatting with a real person?");
            assertThat(who.message()).contains("software, not a person");
            assertThat(mosaic.coach().chat(id, "who built this app anyway?").message())
                    .contains("software, not a person");
            assertThat(mosaic.coach().chat(mosaic.sessions().create().id(),
                    "how do I tell a real person from a bot in a phone screen?").message())
                    .as("a career question that mentions a bot").doesNotContain("software, not a person");
        }
    }

    @Test
    void aQuestionAboutLanguagesCostOrDataGetsThatAnswered() {
        try (Mosaic mosaic = Mosaic.builder().build()) {
            SessionId id = mosaic.sessions().create().id();
            CoachReply language = mosaic.coach().chat(id, "do you speak Hindi?");
            assertThat(language.source()).isEqualTo(CoachReply.Source.CLARIFY);
            assertThat(language.message()).contains("English is what I read and answer best");
            assertThat(mosaic.coach().chat(id, "is this app free?").message())
                    .contains("whether using me costs anything is up to the service");
            for (String data : new String[] {"do you keep my chats?", "will you remember what I write here?",
                "can anyone read our chats?"}) {
                assertThat(mosaic.coach().chat(id, data).message()).as(data)
                        .contains("delete the whole conversation at any time");
            }
            assertThat(language.nextStep()).isEmpty();
        }
    }
}
