package dev.mosaic.core.internal.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.session.SessionId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidedFlowTest {
    private final Mosaic mosaic = Mosaic.builder().build();
    private final GuidedFlow flow = GuidedFlow.bundled();

    @Test
    void theBundledFlowHasDistinctQuestionsThatEachFeedSomething() {
        assertThat(flow.questions()).hasSizeBetween(5, 12);
        Set<String> ids = new HashSet<>();
        for (Coach.GuidedQuestion question : flow.questions()) {
            assertThat(ids.add(question.id())).isTrue();
            assertThat(question.text()).endsWith("?");
            assertThat(question.feeds()).isIn("clarity", "action", "momentum", "profile");
        }
    }

    @Test
    void aNormalFirstMessageNeverStartsTheFlow() {
        SessionId id = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(id, "Can you guide me through figuring out my career?");
        assertThat(reply.source()).isNotEqualTo(CoachReply.Source.GUIDED);
        assertThat(reply.guidedQuestion()).isEmpty();
        assertThat(mosaic.coach().pendingGuidedQuestion(id)).isEmpty();
    }

    @Test
    void theFlowRunsToItsEndAndItsAnswersFeedMetricsAndProfile() {
        SessionId id = mosaic.sessions().create().id();
        CoachReply first = mosaic.coach().startGuidedFlow(id, "guide me please");
        assertThat(first.source()).isEqualTo(CoachReply.Source.GUIDED);
        assertThat(first.message()).endsWith(flow.questions().get(0).text());
        assertThat(first.guidedQuestion()).contains(flow.questions().get(0));
        CoachReply last = first;
        for (int i = 0; i < flow.questions().size(); i++) {
            last = mosaic.coach().chat(id, i == 5 ? "I want to move into data analysis with SQL and Python"
                    : "I'm good at explaining things and I value flexibility; I'll email two people by Friday");
            assertThat(last.guidedQuestion()).as("the reply names the question it waits on")
                    .isEqualTo(mosaic.coach().pendingGuidedQuestion(id));
            if (i + 1 < flow.questions().size()) {
                assertThat(last.guidedQuestion()).contains(flow.questions().get(i + 1));
            }
        }
        assertThat(last.guidedQuestion()).isEmpty();
        assertThat(last.source()).isEqualTo(CoachReply.Source.GUIDED);
        assertThat(last.message()).startsWith("That's the end of the guided flow");
        assertThat(mosaic.coach().pendingGuidedQuestion(id)).isEmpty();
        assertThat(last.metrics().clarity()).isGreaterThan(first.metrics().clarity());
        assertThat(mosaic.jobs().profile(id).skills()).contains("sql", "python");
        assertThat(mosaic.coach().chat(id, "I have two offers and can't decide").source()).isEqualTo(CoachReply.Source.LIBRARY);
    }

    @Test
    void exitLeavesExactlyAndStartingAgainResumesWhereItStopped() {
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().startGuidedFlow(id, "let's do the guided flow");
        mosaic.coach().chat(id, "I'm a junior accountant, two years in");
        CoachReply third = mosaic.coach().chat(id, "Spreadsheets that tell a story energise me");
        String waiting = mosaic.coach().pendingGuidedQuestion(id).orElseThrow().id();
        assertThat(waiting).isEqualTo(flow.questions().get(2).id());
        Metrics before = third.metrics();

        CoachReply left = mosaic.coach().chat(id, "  Exit ");
        assertThat(left.message()).startsWith("You've left the guided flow");
        assertThat(left.metrics()).isEqualTo(before);
        assertThat(mosaic.coach().pendingGuidedQuestion(id)).isEmpty();
        assertThat(mosaic.coach().chat(id, "how do I ask for a raise").source()).isNotEqualTo(CoachReply.Source.GUIDED);

        CoachReply resumed = mosaic.coach().startGuidedFlow(id, "back to the guided flow");
        assertThat(resumed.message()).endsWith(flow.questions().get(2).text());
        mosaic.coach().leaveGuidedFlow(id);
        assertThat(mosaic.coach().pendingGuidedQuestion(id)).isEmpty();
    }
}
