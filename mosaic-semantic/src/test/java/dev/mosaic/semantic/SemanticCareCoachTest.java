package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.care.Care;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.session.SessionId;
import org.junit.jupiter.api.Test;

/**
 * Through the coach: a crisis worded in a way no triage rule names gets the fixed, reviewed crisis reply when the
 * semantic layer is on (the lexical coach answered the second of these with a library tip).
 */
class SemanticCareCoachTest {
    private static final String FALLING_ASLEEP =
            "i keep picturing falling asleep and never having to wake up to any of this again";
    private static final String NOT_ALIVE = "why even apply anywhere when i wont be alive to start the job";

    @Test
    void theNeighboursCatchWhatTheRulesMissAndTheReplyIsTheFixedCrisisReply() {
        try (Mosaic lexical = Mosaic.builder().build();
             Mosaic semantic = Mosaic.builder().embedder(Fixtures.MODEL).build()) {
            for (String message : new String[] {FALLING_ASLEEP, NOT_ALIVE}) {
                assertThat(lexical.coach().chat(lexical.sessions().create().id(), message).source()).as(message)
                        .isNotEqualTo(CoachReply.Source.CARE);
                SessionId id = semantic.sessions().create().id();
                CoachReply reply = semantic.coach().chat(id, message);
                assertThat(reply.source()).as(message).isEqualTo(CoachReply.Source.CARE);
                Care care = reply.care().orElseThrow();
                assertThat(care.level()).isEqualTo(Care.Level.CRISIS);
                assertThat(care.resources()).isNotEmpty();
                assertThat(reply.nextStep()).isEmpty();
                assertThat(reply.match()).isEmpty();
                assertThat(reply.message()).contains(care.resources().get(0).contact());
            }
        }
    }

    @Test
    void anOrdinaryMessageIsStillCoached() {
        try (Mosaic semantic = Mosaic.builder().embedder(Fixtures.MODEL).build()) {
            CoachReply reply = semantic.coach().chat(semantic.sessions().create().id(),
                    "how do I negotiate my first salary offer when they say the budget is fixed?");
            assertThat(reply.source()).isNotEqualTo(CoachReply.Source.CARE);
        }
    }
}
