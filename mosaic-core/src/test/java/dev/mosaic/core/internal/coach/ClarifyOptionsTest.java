package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.testing.MarkerEmbedder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A message the semantic layer is not sure of gets "which of these is closer?", and the answer is understood. */
class ClarifyOptionsTest {
    private static final PromptLibrary LIBRARY = MarkerEmbedder.MONEY_AND_DOUBT;
    private static final String TORN = "My confidence about money is low at work lately";

    private Mosaic mosaic;
    private SessionId session;

    @BeforeEach
    void start() {
        mosaic = Mosaic.builder().prompts(LIBRARY).embedder(new MarkerEmbedder()).build();
        session = mosaic.sessions().create().id();
    }

    @AfterEach
    void stop() {
        mosaic.close();
    }

    @Test
    void anUnsureMessageGetsAQuestionOfferingTwoSituationsAndNoNextStep() {
        CoachReply asked = mosaic.coach().chat(session, TORN);
        assertThat(asked.source()).isEqualTo(CoachReply.Source.CLARIFY);
        assertThat(asked.options()).hasSize(2).allSatisfy(option -> assertThat(LIBRARY.find(option.entryId()))
                .hasValueSatisfying(entry -> assertThat(entry.prompt()).isEqualTo(option.label())));
        assertThat(asked.options()).extracting(Coach.Option::entryId).doesNotHaveDuplicates();
        assertThat(asked.message()).contains("1. " + asked.options().get(0).label(),
                "2. " + asked.options().get(1).label());
        assertThat(asked.nextStep()).isEmpty();
        assertThat(asked.match()).isEmpty();
        assertThat(mosaic.prompts().embedder()).isPresent();
    }

    @Test
    void choosingAnOptionByNumberAnswersWithThatEntry() {
        CoachReply asked = mosaic.coach().chat(session, TORN);
        Coach.Option second = asked.options().get(1);
        CoachReply answered = mosaic.coach().chat(session, "2");
        assertThat(answered.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(answered.match().orElseThrow().entry().id()).isEqualTo(second.entryId());
        assertThat(answered.message()).startsWith(LIBRARY.find(second.entryId()).orElseThrow().completion());
        assertThat(answered.nextStep()).isPresent();
        assertThat(answered.options()).isEmpty();
    }

    @Test
    void choosingAnOptionByItsLabelAsAButtonSendsItWorksToo() {
        Coach.Option first = mosaic.coach().chat(session, TORN).options().get(0);
        CoachReply answered = mosaic.coach().chat(session, first.label().toUpperCase(java.util.Locale.ROOT) + ".");
        assertThat(answered.match().orElseThrow().entry().id()).isEqualTo(first.entryId());
    }

    @Test
    void somethingElseAfterTheQuestionIsAnsweredAsItself() {
        mosaic.coach().chat(session, TORN);
        CoachReply answered = mosaic.coach().chat(session, "How do I negotiate my salary offer?");
        assertThat(answered.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(answered.match().orElseThrow().entry().id()).isEqualTo("n1");
    }

    @Test
    void aNumberWithNoQuestionBeforeItIsNotAChoice() {
        CoachReply reply = mosaic.coach().chat(session, "2");
        assertThat(reply.source()).isNotEqualTo(CoachReply.Source.LIBRARY);
        assertThat(reply.options()).isEmpty();
    }

    @Test
    void withoutAnEmbedderNothingIsUnsureAndTheMatcherIsLexical() {
        try (Mosaic lexical = Mosaic.builder().prompts(LIBRARY).build()) {
            SessionId id = lexical.sessions().create().id();
            assertThat(lexical.coach().chat(id, TORN).options()).isEmpty();
            assertThat(lexical.prompts().embedder()).isEmpty();
        }
    }

    @Test
    void answersAreReadStrictly() {
        List<Coach.Option> options = List.of(new Coach.Option("I feel like a fraud in my new job.", "Confidence & Mindset",
                "c1"), new Coach.Option("How do I negotiate my salary offer?", "Financial & Negotiation", "n1"));
        assertThat(Choices.chosen("the second one", options)).contains(options.get(1));
        assertThat(Choices.chosen(" 1 ", options)).contains(options.get(0));
        assertThat(Choices.chosen("i feel like a fraud in my  new job", options)).contains(options.get(0));
        assertThat(Choices.chosen("neither, it's about my boss", options)).isEmpty();
        assertThat(Choices.chosen("3", options)).isEmpty();
        assertThat(Choices.couldChoose("The second one!", LIBRARY)).isTrue();
        assertThat(Choices.couldChoose("How do I negotiate my salary offer", LIBRARY)).isTrue();
        assertThat(Choices.couldChoose("neither, it's about my boss", LIBRARY)).isFalse();
    }

    @Test
    void anEmbedderThatThrowsAnythingLeavesTheRulesAndBm25ToAnswer() {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        MarkerEmbedder flaky = new MarkerEmbedder() {
            @Override
            public float[] embed(String text) {
                if (failing.get()) {
                    throw new IllegalStateException("a bug in someone's embedder");
                }
                return super.embed(text);
            }
        };
        try (Mosaic broken = Mosaic.builder().prompts(LIBRARY).embedder(flaky).build()) {
            failing.set(true); // built with its vectors; from now on every turn's embedding fails
            CoachReply reply = broken.coach().chat(broken.sessions().create().id(),
                    "How do I negotiate my salary offer?");
            assertThat(reply.source()).isEqualTo(CoachReply.Source.LIBRARY);
            assertThat(reply.match().orElseThrow().entry().id()).isEqualTo("n1");
        }
    }
}
