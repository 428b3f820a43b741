package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mosaic with its defaults (in memory, bundled library and opportunities, offline), each facet end to end. */
class MosaicEndToEndTest {
    private final Mosaic mosaic = Mosaic.builder().build();

    @Test
    void chatTurnAnswersFromTheLibraryAndStoresTheTurn() {
        SessionId id = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(id, "I got two job offers and I can't decide which one to accept");

        assertThat(reply.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(reply.match()).isPresent();
        assertThat(reply.match().get().entry().tag()).isEqualTo("Decision-Making");
        assertThat(reply.message()).startsWith(reply.match().get().entry().completion());
        assertThat(reply.nextStep()).hasValueSatisfying(step -> assertThat(step).isNotBlank());
        assertThat(reply.signals()).isNotEmpty();
        assertThat(mosaic.coach().metrics(id)).contains(reply.metrics());
        assertThat(mosaic.coach().history(id, 10)).singleElement()
                .satisfies(turn -> assertThat(turn.prompt()).contains("two job offers"));
    }

    @Test
    void offTopicMessageIsDeclinedHonestlyNotAnsweredWithARandomRow() {
        SessionId id = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(id, "what's the capital of peru");
        assertThat(reply.source()).isEqualTo(CoachReply.Source.OFF_TOPIC);
        assertThat(reply.match()).isEmpty();
        assertThat(reply.nextStep()).isEmpty();
        assertThat(reply.message()).contains("career coach").endsWith("?");
    }

    @Test
    void vagueMessageGetsAClarifyingQuestionNotADecline() {
        SessionId id = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(id, "idk");
        assertThat(reply.source()).isEqualTo(CoachReply.Source.CLARIFY);
        assertThat(reply.match()).isEmpty();
        assertThat(reply.message()).doesNotContain("outside what I can help with").endsWith("?");
    }

    @Test
    void promptMatchRanksTheRightCategoryFirst() {
        MatchResult result = mosaic.prompts().match("how should I negotiate the salary on my first job offer");
        assertThat(result).isInstanceOf(MatchResult.Matched.class);
        assertThat(result.best().orElseThrow().entry().tag()).isEqualTo("Financial & Negotiation");
        assertThat(result.best().get().confidence()).isBetween(0.0, 1.0);
        assertThat(result.best().get().matchedTerms()).isNotEmpty();
    }

    @Test
    void jobMatchRanksPostingsByTheProfileAndKeepsApplications() {
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().chat(id, "I'm a data analyst: SQL, Excel and Python every day, and some Tableau");
        List<JobMatch> matches = mosaic.jobs().refresh(id);

        assertThat(matches).isNotEmpty();
        JobMatch best = matches.get(0);
        assertThat(best.opportunity().role()).containsIgnoringCase("data analyst");
        assertThat(best.skillsMatch()).contains("sql", "microsoft excel");
        assertThat(best.reasons()).isNotEmpty();
        assertThat(matches).extracting(JobMatch::fitScore).isSortedAccordingTo((a, b) -> b - a);
        assertThat(matches.get(0).fitScore()).isGreaterThan(matches.get(matches.size() - 1).fitScore());

        String jobId = best.opportunity().jobId();
        var applied = mosaic.jobs().apply(id, jobId, Application.Status.APPLIED, "sent on Monday");
        assertThat(applied.match()).contains(best);
        assertThat(applied.latest().status()).isEqualTo(Application.Status.APPLIED);
        mosaic.jobs().apply(id, jobId, Application.Status.INTERVIEWING, "first call on Friday");
        mosaic.jobs().refresh(id);
        assertThat(mosaic.jobs().applications(id)).extracting(Application::notes)
                .containsExactly("sent on Monday", "first call on Friday");

        var pipeline = mosaic.jobs().status(id);
        assertThat(pipeline.applied()).singleElement().satisfies(job -> {
            assertThat(job.jobId()).isEqualTo(jobId);
            assertThat(job.latest().status()).isEqualTo(Application.Status.INTERVIEWING);
            assertThat(job.history()).hasSize(2);
        });
        assertThat(pipeline.available()).extracting(m -> m.opportunity().jobId()).doesNotContain(jobId)
                .hasSize(mosaic.jobs().matches(id).size() - 1);

        Mosaic.Summary summary = mosaic.summary(id);
        assertThat(summary.session().id()).isEqualTo(id);
        assertThat(summary.matches()).isEqualTo(mosaic.jobs().matches(id));
        assertThat(summary.latestMetrics()).isEqualTo(mosaic.coach().metrics(id));
        assertThat(summary.profile().skills()).contains("sql");
        assertThat(summary.uploads()).isEqualTo(mosaic.resumes().uploads(id)).isEmpty();
    }

    @Test
    void jobMatchNeedsSomethingKnownAboutThePerson() {
        SessionId id = mosaic.sessions().create().id();
        assertThatThrownBy(() -> mosaic.jobs().refresh(id)).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.METRICS_NOT_READY);
    }

    @Test
    void resumeFeedbackFindsMissingPiecesAndStoresAVersion() {
        SessionId id = mosaic.sessions().create().id();
        String resume = String.join("\n",
                "Jane Doe",
                "jane@example.com",
                "EXPERIENCE",
                "Analyst, Acme Ltd, 2021-2024",
                "- Responsible for reports",
                "- Reduced month-end close from 10 to 6 days",
                "EDUCATION",
                "BSc Economics, University of Leeds");
        ResumeFeedback feedback = mosaic.resumes().feedback(id, resume);

        assertThat(feedback.wordCount()).isEqualTo(27);
        assertThat(feedback.lineCount()).isEqualTo(8);
        assertThat(feedback.suggestions()).extracting(s -> s.rule())
                .contains("contact.phone", "section.skills", "bullet.action_verb", "bullet.measurable", "length.short")
                .doesNotContain("contact.email", "section.experience", "section.education");
        assertThat(feedback.suggestions()).filteredOn(s -> s.rule().startsWith("bullet."))
                .extracting(s -> s.line()).containsOnly(5);
        assertThat(mosaic.resumes().versions(id)).singleElement()
                .satisfies(v -> assertThat(v.content()).isEqualTo(resume));
    }

    @Test
    void withAModelTheReplyComesFromTheModelAndFailureFallsBackToTheLibrary() {
        ScriptedChatModel echo = new ScriptedChatModel("Model says: pick the offer you would regret not taking.",
                false);
        List<ChatModel.Request> seen = echo.requests;
        Mosaic withModel = Mosaic.builder().ai(echo).build();
        SessionId id = withModel.sessions().create().id();
        CoachReply reply = withModel.coach().chat(id, "two offers, can't decide");
        assertThat(reply.source()).isEqualTo(CoachReply.Source.MODEL);
        assertThat(reply.message()).startsWith("Model says");
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.messages().get(0).content())
                .contains("A coaching note that fits (Decision-Making)"));

        ChatModel broken = new ChatModel() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public ChatModel.Response complete(ChatModel.Request request) {
                throw new MosaicException(MosaicException.Code.PROVIDER_UNAVAILABLE, "upstream 503 xyzzy-detail");
            }
        };
        Mosaic withBroken = Mosaic.builder().ai(broken).build();
        SessionId other = withBroken.sessions().create().id();
        CoachReply fallback = withBroken.coach().chat(other, "two offers, can't decide");
        assertThat(fallback.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(fallback.message()).doesNotContain("xyzzy", "503");
    }

    @Test
    void messagesAreValidated() {
        SessionId id = mosaic.sessions().create().id();
        assertThatThrownBy(() -> mosaic.coach().chat(id, "  ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> mosaic.coach().chat(id, "x".repeat(4001))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4000");
        SessionId unknown = SessionId.random(new java.util.SplittableRandom(1));
        assertThatThrownBy(() -> mosaic.coach().chat(unknown, "hello")).isInstanceOf(NotFoundException.class);
    }
}
