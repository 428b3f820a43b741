package dev.mosaic.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.session.SessionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalMetricsModelTest {
    private final MetricsModel model = MetricsModel.signals();

    @Test
    void aThreeTurnConversationRisesThenFallsWithTheSignalsNamed() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();

        CoachReply first = mosaic.coach().chat(id, "I want to move into data analysis. By Friday I'll apply to "
                + "3 junior analyst roles and update my CV.");
        assertThat(first.signals()).extracting(s -> s.kind().key())
                .contains("named_target", "commitment", "time_bound", "count", "career_action");

        CoachReply second = mosaic.coach().chat(id, "I applied to all 3 on Thursday and updated my CV, and one "
                + "company already invited me to a phone screen.");
        assertThat(second.metrics().momentum()).isGreaterThan(first.metrics().momentum());
        assertThat(second.signals()).extracting(s -> s.kind().key())
                .contains("completed_action", "follow_through", "progress");

        CoachReply third = mosaic.coach().chat(id, "The screen went nowhere. I gave up, I'm stuck and honestly "
                + "burnt out, no idea what I want anymore.");
        assertThat(third.metrics().momentum()).isLessThan(second.metrics().momentum());
        assertThat(third.metrics().clarity()).isLessThan(second.metrics().clarity());
        assertThat(third.signals()).extracting(s -> s.kind().key()).contains("stalled", "hedging");
        assertThat(third.signals()).filteredOn(s -> s.kind() == MetricsModel.Signal.Kind.STALLED)
                .allSatisfy(s -> assertThat(s.weight()).isNegative())
                .extracting(MetricsModel.Signal::text).contains("gave up", "stuck");
    }

    @Test
    void negationIsNotACompletedAction() {
        MetricsModel.Score done = model.score(Metrics.ZERO, "I applied to the Acme role yesterday", List.of());
        MetricsModel.Score notDone = model.score(Metrics.ZERO, "I haven't applied to the Acme role yet", List.of());
        assertThat(done.metrics().momentum()).isGreaterThan(notDone.metrics().momentum());
        assertThat(notDone.signals()).extracting(s -> s.kind().key()).contains("not_done").doesNotContain("completed_action");
    }

    @Test
    void lengthAloneMovesNothing() {
        String shortMessage = "I feel lost about my career.";
        String longMessage = "I feel lost about my career, and I have been thinking about it a lot lately while "
                + "walking the dog and cooking dinner and sitting on the train every single morning.";
        Metrics a = model.score(Metrics.ZERO, shortMessage, List.of()).metrics();
        Metrics b = model.score(Metrics.ZERO, longMessage, List.of()).metrics();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theSessionCanGoDown() {
        Metrics high = new Metrics(80, 80, 80);
        Coach.Turn earlier = new Coach.Turn(1, "I applied to 5 jobs", "great", high, CoachReply.Source.LIBRARY,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.Instant.EPOCH);
        Metrics next = model.score(high, "I gave up, nothing changed, no idea anymore", List.of(earlier)).metrics();
        assertThat(next.clarity()).isLessThan(80);
        assertThat(next.action()).isLessThan(80);
        assertThat(next.momentum()).isLessThan(80);
    }

    /** Issue 18, words read correctly: a skill after "with" is not an employer; a named employer still is. */
    @Test
    void aSkillIsNotACompanyButAnEmployerIs() {
        assertThat(model.score(Metrics.ZERO, "I have five years of experience with SQL and Python", List.of())
                .signals()).extracting(s -> s.kind().key()).doesNotContain("named_company");
        assertThat(model.score(Metrics.ZERO, "I'm good with Excel and I'd love to work at Spotify", List.of())
                .signals()).filteredOn(s -> s.kind() == MetricsModel.Signal.Kind.NAMED_COMPANY)
                .extracting(MetricsModel.Signal::text).containsExactly("Spotify");
    }

    /** Issue 18: the README's own example named a target and gave no signal. */
    @Test
    void movingFromOneFieldIntoAnotherNamesTheTarget() {
        assertThat(model.score(Metrics.ZERO, "I want to move from support into product management", List.of())
                .signals()).extracting(s -> s.kind().key()).contains("named_target");
        assertThat(model.score(Metrics.ZERO, "thinking of switching from teaching to data analysis", List.of())
                .signals()).extracting(s -> s.kind().key()).contains("named_target");
        // found on the tuning half of the words set
        for (String target : List.of("I want to move into web development", "I kind of want to go into cybersecurity",
                "is retraining as an electrician worth it at 40?", "I want to move into account management")) {
            assertThat(model.score(Metrics.ZERO, target, List.of()).signals()).as(target)
                    .extracting(s -> s.kind().key()).contains("named_target");
        }
    }
}
