package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptMatch;
import dev.mosaic.testing.MarkerEmbedder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * After "which of these is closer?", a message that picks neither label but is still unsure with the thread: an
 * offered situation answers when its words fit at least as well as the likeliest candidate's; otherwise the likeliest.
 */
class AfterAChoiceTest {
    private static final PromptEntry RAISE = MarkerEmbedder.MONEY_AND_DOUBT.find("n2").orElseThrow();
    private static final PromptEntry FRAUD = MarkerEmbedder.MONEY_AND_DOUBT.find("c1").orElseThrow();
    private static final PromptEntry DOUBT = MarkerEmbedder.MONEY_AND_DOUBT.find("c2").orElseThrow();
    private static final PromptEntry OFFER = MarkerEmbedder.MONEY_AND_DOUBT.find("n1").orElseThrow();

    /** The coach's last turn: it offered {@code RAISE} and {@code FRAUD}. */
    private static final List<Coach.Turn> ASKED = List.of(new Coach.Turn(1, "money and confidence, both low",
            Choices.question(List.of(new Coach.Option(RAISE.prompt(), RAISE.tag(), RAISE.id()),
                    new Coach.Option(FRAUD.prompt(), FRAUD.tag(), FRAUD.id()))),
            Metrics.clamped(50, 50, 50), CoachReply.Source.CLARIFY, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Instant.EPOCH));

    @Test
    void anOfferedSituationWhoseWordsFitAtLeastAsWellAnswers() {
        MatchResult unsure = new MatchResult.Unsure(List.of(match(DOUBT, 0.50, 0.60), match(RAISE, 0.70, 0.30),
                match(OFFER, 0.40, 0.20)));
        assertThat(LibraryCoach.decided(unsure, ASKED)).isInstanceOfSatisfying(MatchResult.Matched.class,
                m -> assertThat(m.ranked().get(0).entry()).isEqualTo(RAISE));
    }

    @Test
    void otherwiseTheLikeliestAnswers() {
        MatchResult unsure = new MatchResult.Unsure(List.of(match(DOUBT, 0.70, 0.60), match(RAISE, 0.50, 0.30)));
        assertThat(LibraryCoach.decided(unsure, ASKED).best().orElseThrow().entry()).isEqualTo(DOUBT);
        MatchResult neitherOffered = new MatchResult.Unsure(List.of(match(DOUBT, 0.50, 0.60),
                match(OFFER, 0.90, 0.30)));
        assertThat(LibraryCoach.decided(neitherOffered, ASKED).best().orElseThrow().entry()).isEqualTo(DOUBT);
    }

    @Test
    void aSureMatchIsKept() {
        MatchResult sure = new MatchResult.Matched(List.of(match(OFFER, 0.40, 0.90), match(RAISE, 0.80, 0.30)));
        assertThat(LibraryCoach.decided(sure, ASKED)).isSameAs(sure);
    }

    private static PromptMatch match(PromptEntry entry, double score, double confidence) {
        return new PromptMatch(entry, score, confidence, List.of());
    }
}
