package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.session.SessionId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, with the semantic layer on: an opening that names a move from one kind of work into another is answered
 * as that move rather than with "which of these is closer?" between two situations the details suggested; an offer
 * for a role is not a move.
 */
class ThreadOpeningsTest {
    private static final Mosaic MOSAIC = Mosaic.builder().embedder(Fixtures.MODEL).build();

    @AfterAll
    static void close() {
        MOSAIC.close();
    }

    @Test
    void aMoveIntoAnotherKindOfWorkIsAnsweredAsAMove() {
        for (String opening : new String[] {
            "Warehouse team lead at a supermarket depot in Leeds, 6 years. I want to move into a project "
                    + "coordinator role.",
            "I'm a paramedic in Cardiff, 9 years in, and I'm thinking about going into medical sales."}) {
            SessionId id = MOSAIC.sessions().create().id();
            CoachReply reply = MOSAIC.coach().chat(id, opening);
            assertThat(reply.source()).as(opening).isEqualTo(CoachReply.Source.LIBRARY);
            assertThat(reply.options()).as(opening).isEmpty();
            assertThat(reply.match().orElseThrow().entry().prompt()).as(opening)
                    .contains("different kind of work");
            assertThat(reply.message()).as(opening).startsWith("From what you've said:");
            assertThat(MOSAIC.coach().facts(id)).extracting(Coach.Fact::kind).contains(Coach.Fact.Kind.TARGET_ROLE);
        }
    }

    @Test
    void anOfferForARoleIsNotAMove() {
        CoachReply reply = MOSAIC.coach().chat(MOSAIC.sessions().create().id(),
                "Offer from Halden Bank for a credit analyst role: $96k base. I'm on $84k now.");
        assertThat(reply.match().map(m -> m.entry().prompt()).orElse("")).doesNotContain("different kind of work");
    }

    @Test
    void aBodyThatCannotKeepUpWithPhysicalWorkFindsItsSituation() {
        CoachReply reply = MOSAIC.coach().chat(MOSAIC.sessions().create().id(),
                "My knees are shot after 15 years laying bricks. What else could I do that uses what I know?");
        java.util.List<String> offered = new java.util.ArrayList<>(reply.options().stream()
                .map(Coach.Option::label).toList());
        reply.match().ifPresent(m -> offered.add(m.entry().prompt()));
        assertThat(offered).anyMatch(prompt -> prompt.startsWith("My body can't keep up with my physical job"));
    }

    @Test
    void howDoICounterAfterAnOfferIsAboutNegotiatingIt() {
        SessionId id = MOSAIC.sessions().create().id();
        MOSAIC.coach().chat(id, "Got an offer from Corvel for a marketing manager role, £58k. I'm on £49k now.");
        CoachReply counter = MOSAIC.coach().chat(id, "how do I counter?");
        assertThat(counter.match().orElseThrow().entry().prompt()).as("not a counter-offer from the current employer")
                .isEqualTo("How do I counter a job offer, and what number should I ask for?");
    }
}
