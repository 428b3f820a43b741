package dev.mosaic.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.care.Care;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must show. Each implementation's test extends this class and supplies a fresh,
 * empty store; the suite ships in mosaic-core's test jar so that other modules run it too.
 */
public abstract class StoreContract {
    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final SplittableRandom random = new SplittableRandom(42);
    protected Store store;

    /** For subclasses. */
    protected StoreContract() {
    }

    /** @return a new, empty store */
    protected abstract Store newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) { // null when newStore() skipped the test
            store.close();
        }
    }

    protected SessionId newSession(Instant expiresAt) {
        SessionId id = SessionId.random(random);
        store.createSession(new Session(id, T0, expiresAt));
        return id;
    }

    /** A library turn numbered by its time: the turn at T0 is number 1, the one a second later number 2. */
    protected static Coach.Turn turn(String prompt, int clarity, Instant at) {
        return new Coach.Turn((int) Duration.between(T0, at).toSeconds() + 1, prompt, "reply to " + prompt,
                new Metrics(clarity, 2, 3), CoachReply.Source.LIBRARY, Optional.of("dm-001"),
                Optional.of("Decision-Making"), Optional.empty(), Optional.empty(), at);
    }

    protected static JobMatch match(String jobId, int fit) {
        Opportunity o = new Opportunity(jobId, "Data Analyst", "Acme", "Leeds, UK", false, "Analyse things.",
                List.of("sql", "excel"), List.of("python"), Opportunity.Seniority.MID, List.of("curiosity"),
                Optional.of("https://example.com/" + jobId), "bundled", Optional.of(LocalDate.of(2026, 3, 1)));
        return new JobMatch(o, fit, List.of("sql"), List.of("curiosity"), List.of("excel"), List.of("You show sql."));
    }

    /** Issue 17, deliverable 4: after close, every call fails with one clear code, on every store. */
    @Test
    void afterCloseEveryCallFailsWithClosed() {
        SessionId id = newSession(T0.plusSeconds(600));
        store.close();
        List<Runnable> calls = List.of(() -> store.findSession(id), () -> store.turns(id, 5),
                () -> store.appendTurn(id, turn("hello", 1, T0)), () -> store.uploads(id), () -> store.matches(id),
                () -> store.createSession(new Session(SessionId.random(random), T0, T0.plusSeconds(60))),
                () -> store.deleteSession(id), () -> store.footprint(id), store::ping);
        for (Runnable call : calls) {
            assertThat(catchThrowableOfType(dev.mosaic.core.MosaicException.class, call::run))
                    .as("a call after close").isNotNull()
                    .extracting(dev.mosaic.core.MosaicException::code).isEqualTo(MosaicException.Code.CLOSED);
        }
        store.close(); // again: nothing happens
    }

    /**
     * Issue 17, deliverable 4: 16 threads calling while the store closes. Every call either works or fails with
     * {@code closed}; none fails with a driver's message, and none hangs.
     */
    @Test
    void aCloseRaceWithSixteenThreadsEndsEveryCallWithClosed() throws Exception {
        SessionId id = newSession(T0.plusSeconds(600));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(16);
        java.util.Map<String, Integer> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(threads.submit(() -> {
                running.countDown();
                for (int i = 0; ; i++) { // until the close reaches this thread
                    try {
                        if (thread % 4 == 0) {
                            store.appendTurn(id, turn("turn " + i, 1, T0.plusSeconds(i)));
                        } else {
                            store.turns(id, 3);
                            store.findSession(id);
                        }
                        outcomes.merge("ok", 1, Integer::sum);
                    } catch (dev.mosaic.core.MosaicException e) {
                        outcomes.merge(e.code() == MosaicException.Code.CLOSED ? "closed" : e.code() + ": " + e.getMessage(), 1,
                                Integer::sum);
                        if (e.code() == MosaicException.Code.CLOSED) {
                            return;
                        }
                    }
                }
            }));
        }
        running.await();
        Thread.sleep(50);
        store.close();
        for (java.util.concurrent.Future<?> future : done) {
            future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(outcomes.keySet()).as("%s", outcomes).isSubsetOf("ok", "closed");
    }

    @Test
    void createdSessionIsFoundWithItsTimes() {
        SessionId id = newSession(T0.plus(Duration.ofDays(30)));
        assertThat(store.findSession(id)).contains(new Session(id, T0, T0.plus(Duration.ofDays(30))));
    }

    @Test
    void unknownSessionIsEmpty() {
        assertThat(store.findSession(SessionId.random(random))).isEmpty();
    }

    @Test
    void creatingTheSameIdTwiceFails() {
        SessionId id = newSession(T0.plusSeconds(60));
        assertThatThrownBy(() -> store.createSession(new Session(id, T0, T0.plusSeconds(60))))
                .isInstanceOf(MosaicException.class);
    }

    @Test
    void touchMovesTheExpiryOfALiveSessionOnly() {
        SessionId id = newSession(T0.plusSeconds(60));
        assertThat(store.touchSession(id, T0.plusSeconds(30), T0.plusSeconds(600)))
                .contains(new Session(id, T0, T0.plusSeconds(600)));
        assertThat(store.findSession(id).orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(store.touchSession(SessionId.random(random), T0, T0.plusSeconds(600))).isEmpty();
        assertThat(store.touchSession(id, T0.plusSeconds(601), T0.plusSeconds(1200))).as("expired, not swept yet")
                .isEmpty();
        assertThat(store.findSession(id).orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void aTurnNumberIsTakenOnceAndTheTurnKeepsItsCareAndGuidedState() {
        SessionId id = newSession(T0.plusSeconds(600));
        Coach.Turn care = new Coach.Turn(1, "I can't stop crying", "I'm sorry", new Metrics(0, 0, 0),
                CoachReply.Source.CARE, Optional.empty(), Optional.empty(), Optional.of(Care.Kind.CRYING),
                Optional.empty(), T0);
        Coach.Turn guided = new Coach.Turn(2, "guide me", "What do you want?", new Metrics(0, 0, 0),
                CoachReply.Source.GUIDED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Coach.GuidedStep(Coach.GuidedStep.State.ASKED, "g1")), T0.plusSeconds(1));
        assertThat(store.appendTurn(id, care)).isTrue();
        assertThat(store.appendTurn(id, guided)).isTrue();
        assertThat(store.appendTurn(id, turn("built on the same first turn", 9, T0.plusSeconds(1))))
                .as("number 2 is taken").isFalse();
        assertThat(store.turns(id, 10)).containsExactly(guided, care);
    }

    @Test
    void aTurnKeepsItsNextStepAndFactsAndOneTurnsFactsCanBeReplaced() {
        SessionId id = newSession(T0.plusSeconds(600));
        List<Coach.Fact> first = List.of(new Coach.Fact(Coach.Fact.Kind.OFFER, "$85k", "offer of $85k", 1),
                new Coach.Fact(Coach.Fact.Kind.PERSON, "manager (he)", "my boss \u001f he\nsaid", 1));
        Coach.Turn one = new Coach.Turn(1, "they offered $85k", "Congratulations", new Metrics(1, 2, 3),
                CoachReply.Source.LIBRARY, Optional.of("fn-001"), Optional.of("Financial & Negotiation"),
                Optional.empty(), Optional.empty(), T0, Optional.of("List what else matters to you."), first);
        Coach.Turn two = new Coach.Turn(2, "Denver", "Good to know", new Metrics(1, 2, 3),
                CoachReply.Source.LIBRARY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                T0.plusSeconds(1), Optional.empty(), List.of(new Coach.Fact(Coach.Fact.Kind.PLACE, "Denver",
                "Denver", 2)));
        assertThat(store.appendTurn(id, one)).isTrue();
        assertThat(store.appendTurn(id, two)).isTrue();
        Coach.Turn read = store.turns(id, 10).get(1);
        assertThat(read.nextStep()).contains("List what else matters to you.");
        assertThat(read.facts()).extracting(Coach.Fact::kind, Coach.Fact::value)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Coach.Fact.Kind.OFFER, "$85k"),
                        org.assertj.core.api.Assertions.tuple(Coach.Fact.Kind.PERSON, "manager (he)"));
        assertThat(read.facts().get(1).words()).as("a separator in the words cannot split the fact")
                .doesNotContain("\u001f").contains("my boss").contains("said");
        assertThat(store.facts(id)).extracting(Coach.Fact::value).containsExactly("$85k", "manager (he)", "Denver");

        assertThat(store.replaceFacts(id, 1, List.of(first.get(0)))).isTrue();
        assertThat(store.facts(id)).extracting(Coach.Fact::value).containsExactly("$85k", "Denver");
        assertThat(store.replaceFacts(id, 2, List.of())).isTrue();
        assertThat(store.facts(id)).extracting(Coach.Fact::value).containsExactly("$85k");
        assertThat(store.turns(id, 1).get(0).facts()).isEmpty();
        assertThat(store.replaceFacts(id, 3, List.of())).as("no turn 3").isFalse();
        assertThatThrownBy(() -> store.replaceFacts(id, 2, first)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("turn 1");
        assertThat(store.deleteSession(id)).isTrue();
        assertThat(store.facts(id)).as("facts are erased with the session").isEmpty();
    }

    @Test
    void turnsComeBackNewestFirstAndLimited() {
        SessionId id = newSession(T0.plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            store.appendTurn(id, turn("message " + i, i, T0.plusSeconds(i)));
        }
        List<Coach.Turn> turns = store.turns(id, 3);
        assertThat(turns).extracting(Coach.Turn::prompt).containsExactly("message 4", "message 3", "message 2");
        assertThat(turns.get(0)).isEqualTo(turn("message 4", 4, T0.plusSeconds(4)));
    }

    @Test
    void sessionsNeverSeeEachOthersData() {
        SessionId a = newSession(T0.plusSeconds(600));
        SessionId b = newSession(T0.plusSeconds(600));
        store.appendTurn(a, turn("secret of a", 1, T0));
        store.replaceMatches(a, List.of(match("job-1", 80)));
        store.appendApplication(a, new Application("job-1", Application.Status.APPLIED, "", T0));
        store.addResumeVersion(a, new Resumes.Version("v1", Optional.empty(), "feedback", "resume of a", "", T0));
        assertThat(store.turns(b, 10)).isEmpty();
        assertThat(store.matches(b)).isEmpty();
        assertThat(store.applications(b)).isEmpty();
        assertThat(store.resumeVersions(b)).isEmpty();
    }

    @Test
    void replacingMatchesKeepsApplications() {
        SessionId id = newSession(T0.plusSeconds(600));
        store.replaceMatches(id, List.of(match("job-1", 80), match("job-2", 60)));
        store.appendApplication(id, new Application("job-1", Application.Status.APPLIED, "sent", T0));
        store.appendApplication(id, new Application("job-1", Application.Status.INTERVIEWING, "call", T0.plusSeconds(9)));
        store.replaceMatches(id, List.of(match("job-2", 70)));
        assertThat(store.matches(id)).extracting(m -> m.opportunity().jobId()).containsExactly("job-2");
        assertThat(store.matches(id).get(0)).isEqualTo(match("job-2", 70));
        assertThat(store.applications(id)).extracting(Application::status)
                .containsExactly(Application.Status.APPLIED, Application.Status.INTERVIEWING);
    }

    @Test
    void resumeVersionsComeBackNewestFirst() {
        SessionId id = newSession(T0.plusSeconds(600));
        Resumes.Version first = new Resumes.Version("v1", Optional.empty(), "feedback", "one", "score 50/100", T0);
        Resumes.Version second = new Resumes.Version("v2", Optional.of("job-1"), "tailored", "two", "", T0.plusSeconds(1));
        store.addResumeVersion(id, first);
        store.addResumeVersion(id, second);
        assertThat(store.resumeVersions(id)).containsExactly(second, first);
    }

    @Test
    void deletingASessionDeletesEverythingItOwns() {
        SessionId id = newSession(T0.plusSeconds(600));
        store.appendTurn(id, turn("hello", 1, T0));
        store.replaceMatches(id, List.of(match("job-1", 80)));
        store.addResumeVersion(id, new Resumes.Version("v1", Optional.empty(), "feedback", "text", "", T0));
        assertThat(store.deleteSession(id)).isTrue();
        assertThat(store.findSession(id)).isEmpty();
        assertThat(store.turns(id, 10)).isEmpty();
        assertThat(store.matches(id)).isEmpty();
        assertThat(store.resumeVersions(id)).isEmpty();
        assertThat(store.deleteSession(id)).isFalse();
    }

    @Test
    void deleteExpiredRemovesOnlySessionsPastExpiry() {
        SessionId expired = newSession(T0.plusSeconds(10));
        SessionId alive = newSession(T0.plusSeconds(100));
        store.appendTurn(expired, turn("old", 1, T0));
        assertThat(store.deleteExpired(T0.plusSeconds(50))).isEqualTo(1);
        assertThat(store.findSession(expired)).isEmpty();
        assertThat(store.turns(expired, 10)).isEmpty();
        assertThat(store.findSession(alive)).isPresent();
    }

    @Test
    void everyWriteToAnUnknownSessionFailsWithSessionNotFound() {
        SessionId unknown = SessionId.random(random);
        Opportunity job = Opportunity.builder().jobId("job-9").role("Analyst").company("Acme").location("Leeds")
                .description("SQL reports").source("test").build();
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> writes = List.of(
                () -> store.appendTurn(unknown, turn("x", 1, T0)),
                () -> store.replaceMatches(unknown, List.of(new JobMatch(job, 50, List.of(), List.of(), List.of(),
                        List.of("a reason")))),
                () -> store.appendApplication(unknown, new Application("job-9", Application.Status.SAVED, "", T0)),
                () -> store.addResumeVersion(unknown, new Resumes.Version("v1", Optional.empty(), "n", "text", "", T0)),
                () -> store.addUpload(unknown, new Upload("u1", "cv.txt", DocumentReader.Type.TXT, 1, "x", T0),
                        new byte[1]),
                () -> store.recordUsage(unknown, new ChatModel.Usage("openai", "m", "coach", 1, 1, 1, T0)));
        for (var write : writes) {
            assertThat(catchThrowableOfType(MosaicException.class, write).code()).isEqualTo(MosaicException.Code.SESSION_NOT_FOUND);
        }
    }

    @Test
    void aSessionsFootprintCountsItsUploadsAndEverythingItKeeps() {
        SessionId id = newSession(T0.plusSeconds(600));
        SessionId other = newSession(T0.plusSeconds(600));
        assertThat(store.footprint(id)).isEqualTo(new Store.Footprint(0, 0, 0));
        store.addUpload(id, new Upload("u1", "cv.txt", DocumentReader.Type.TXT, 10, "ten chars!", T0), new byte[10]);
        store.addUpload(id, new Upload("u2", "cv.md", DocumentReader.Type.MD, 4, "four", T0), new byte[4]);
        store.addResumeVersion(id, new Resumes.Version("v1", Optional.empty(), "feedback", "12345", "", T0));
        store.appendTurn(id, turn("hello", 1, T0));
        store.appendApplication(id, new Application("job-1", Application.Status.APPLIED, "seven c", T0));
        store.addUpload(other, new Upload("u3", "x.txt", DocumentReader.Type.TXT, 100, "x", T0), new byte[100]);
        Coach.Turn turn = store.turns(id, 1).get(0);
        assertThat(store.footprint(id)).isEqualTo(new Store.Footprint(2, 14, 14 + 14 + 5
                + turn.prompt().length() + turn.response().length() + 7));
    }

    @Test
    void totalsAddUpEverySessionsFootprint() {
        SessionId a = newSession(T0.plusSeconds(600));
        SessionId b = newSession(T0.plusSeconds(600));
        store.addUpload(a, new Upload("u1", "cv.txt", DocumentReader.Type.TXT, 10, "ten chars!", T0), new byte[10]);
        store.appendTurn(b, turn("hello", 1, T0));
        store.appendApplication(b, new Application("job-1", Application.Status.SAVED, "notes", T0));
        store.totals().ifPresent(totals -> assertThat(totals).isEqualTo(new Store.Totals(2,
                store.footprint(a).storedBytes() + store.footprint(b).storedBytes())));
    }

    @Test
    void uploadsKeepMetadataTextAndBytesPerSession() {
        SessionId a = newSession(T0.plusSeconds(600));
        SessionId b = newSession(T0.plusSeconds(600));
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF};
        Upload first = new Upload("u1", "resume.pdf", DocumentReader.Type.PDF, bytes.length, "Jane Doe", T0);
        Upload second = new Upload("u2", "notes.md", DocumentReader.Type.MD, 3, "# x", T0.plusSeconds(1));
        store.addUpload(a, first, bytes);
        store.addUpload(a, second, new byte[] {'#', ' ', 'x'});
        bytes[0] = 'X'; // the store kept its own copy
        assertThat(store.uploads(a)).containsExactly(second, first);
        assertThat(store.uploadContent(a, "u1")).hasValueSatisfying(content ->
                assertThat(content).containsExactly('%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF));
        assertThat(store.uploadContent(b, "u1")).isEmpty();
        assertThat(store.uploads(b)).isEmpty();
        assertThat(store.uploadContent(a, "nope")).isEmpty();
    }

    @Test
    void usageIsLedgeredPerSessionAndSummedByTime() {
        SessionId a = newSession(T0.plusSeconds(600));
        ChatModel.Usage early = new ChatModel.Usage("openai", "gpt", "coach.reply", 100, 20, 150, T0);
        ChatModel.Usage late = new ChatModel.Usage("anthropic", "claude", "resume.rewrite", 300, 80, 900, T0.plusSeconds(60));
        ChatModel.Usage global = new ChatModel.Usage("openai", "gpt", "health", 1, 1, 5, T0.plusSeconds(61));
        store.recordUsage(a, early);
        store.recordUsage(a, late);
        store.recordUsage(global);
        assertThat(store.usage(a)).containsExactly(early, late);
        assertThat(store.costSince(T0)).isEqualTo(1055);
        assertThat(store.costSince(T0.plusSeconds(60))).isEqualTo(905);
        store.deleteSession(a);
        assertThat(store.usage(a)).isEmpty();
        assertThat(store.costSince(T0)).isEqualTo(5);
    }

    @Test
    void erasingASessionRemovesItsUploads() {
        SessionId id = newSession(T0.plusSeconds(600));
        store.addUpload(id, new Upload("u1", "cv.txt", DocumentReader.Type.TXT, 4, "text", T0), new byte[] {1, 2, 3, 4});
        store.deleteSession(id);
        assertThat(store.uploads(id)).isEmpty();
        assertThat(store.uploadContent(id, "u1")).isEmpty();
    }

    @Test
    void describesItselfAndAnswersPings() {
        assertThat(store.describe()).isNotBlank();
        store.ping();
        assertThat(store.schemaVersion()).isNotNegative();
    }
}
