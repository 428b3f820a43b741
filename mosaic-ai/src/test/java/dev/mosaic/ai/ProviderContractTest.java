package dev.mosaic.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mosaic.ai.ProviderException.Kind;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The providers against WireMock stubs of their real request and response shapes: every fault of RELIABILITY.md E,
 * each with the exact number of upstream calls.
 */
class ProviderContractTest {
    private static final String OPENAI = "/v1/chat/completions";
    private static final String ANTHROPIC = "/v1/messages";

    private WireMockServer wm;
    private final List<Duration> waits = new ArrayList<>();
    private final ChatModel.Request hello = ChatModel.Request.of(List.of(new ChatModel.Message(ChatModel.Role.SYSTEM, "Be brief."),
            new ChatModel.Message(ChatModel.Role.USER, "Say hello")), 50, "test");

    @BeforeEach
    void start() {
        wm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private Resilience fast(Duration deadline) {
        return new Resilience(2, deadline, Duration.ofMillis(1), Duration.ofSeconds(5), 5, Duration.ofSeconds(30));
    }

    private OpenAiChatModel openAi(Resilience resilience) {
        return OpenAiChatModel.builder().apiKey(Stubs.FAKE_OPENAI_KEY).baseUrl(wm.baseUrl()).resilience(resilience)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).sleeper(waits::add).build();
    }

    private AnthropicChatModel anthropic(Resilience resilience) {
        return AnthropicChatModel.builder().apiKey(Stubs.FAKE_ANTHROPIC_KEY).baseUrl(wm.baseUrl())
                .resilience(resilience).timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).sleeper(waits::add)
                .build();
    }

    private void stub(String path, int status, String body) {
        wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private int calls(String path) {
        return wm.countRequestsMatching(postRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    @Test
    void openAiSendsItsRequestShapeAndReadsTheReply() {
        stub(OPENAI, 200, Stubs.openAiOk("Hello there"));
        ChatModel.Response response = openAi(fast(Duration.ofSeconds(5))).complete(hello);
        assertThat(response.text()).isEqualTo("Hello there");
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(response.inputTokens()).isEqualTo(120);
        assertThat(response.outputTokens()).isEqualTo(40);
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(OPENAI))
                .withHeader("Authorization", equalTo("Bearer " + Stubs.FAKE_OPENAI_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Say hello")))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens", equalTo("50"))));
    }

    @Test
    void anthropicSendsItsRequestShapeAndReadsTheReply() {
        stub(ANTHROPIC, 200, Stubs.anthropicOk("Hi"));
        ChatModel.Response response = anthropic(fast(Duration.ofSeconds(5))).complete(hello.asJson());
        assertThat(response.text()).isEqualTo("Hi");
        assertThat(response.inputTokens()).isEqualTo(110);
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(ANTHROPIC))
                .withHeader("x-api-key", equalTo(Stubs.FAKE_ANTHROPIC_KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(matchingJsonPath("$.system", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("Be brief.")))
                .withRequestBody(equalToJson("{\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}", true,
                        true)));
    }

    @Test
    void e1RateLimitedThenOkWaitsTheRetryAfterCappedAndSucceedsInTwoCalls() {
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("e1").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                        .withHeader("Content-Type", "application/json").withBody(Stubs.OPENAI_RATE_LIMITED))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("e1").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("after the wait"))));
        ChatModel.Response response = openAi(fast(Duration.ofSeconds(20))).complete(hello);
        assertThat(response.text()).isEqualTo("after the wait");
        assertThat(calls(OPENAI)).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(5)); // asked 30 s, capped at 5 s
    }

    @Test
    void e1RetryAfterMsIsHonouredExactly() {
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("ms").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after-ms", "0")
                        .withBody(Stubs.OPENAI_RATE_LIMITED)).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("ms").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("ok"))));
        assertThat(openAi(fast(Duration.ofSeconds(5))).complete(hello).text()).isEqualTo("ok");
        assertThat(waits).containsExactly(Duration.ZERO);
        assertThat(calls(OPENAI)).isEqualTo(2);
    }

    @Test
    void e2QuotaExhaustedIsNotRetried() {
        stub(OPENAI, 429, Stubs.OPENAI_QUOTA);
        assertThatThrownBy(() -> openAi(fast(Duration.ofSeconds(5))).complete(hello))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind())
                        .isEqualTo(Kind.QUOTA_EXHAUSTED));
        assertThat(calls(OPENAI)).isEqualTo(1);
    }

    @Test
    void e3ServerErrorsAreRetriedTwiceThenTheChainFailsOverToAnthropic() {
        stub(OPENAI, 500, Stubs.OPENAI_SERVER_ERROR);
        stub(ANTHROPIC, 200, Stubs.anthropicOk("from anthropic"));
        ChatModel chain = FailoverChatModel.of(List.of(openAi(fast(Duration.ofSeconds(5))),
                anthropic(fast(Duration.ofSeconds(5)))));
        assertThat(chain.complete(hello).text()).isEqualTo("from anthropic");
        assertThat(calls(OPENAI)).isEqualTo(3);
        assertThat(calls(ANTHROPIC)).isEqualTo(1);
    }

    @Test
    void e3AnthropicOverloaded529IsRetriedAtMostTwice() {
        stub(ANTHROPIC, 529, Stubs.ANTHROPIC_OVERLOADED);
        assertThatThrownBy(() -> anthropic(fast(Duration.ofSeconds(5))).complete(hello))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.OVERLOADED);
                    assertThat(e.status()).isEqualTo(529);
                });
        assertThat(calls(ANTHROPIC)).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void e4ClientErrorsAreNotRetriedAndAuthIsAConfigurationProblem() {
        int[] statuses = {400, 401, 403, 404};
        Kind[] kinds = {Kind.BAD_REQUEST, Kind.AUTH, Kind.AUTH, Kind.BAD_REQUEST};
        for (int i = 0; i < statuses.length; i++) {
            wm.resetAll();
            stub(OPENAI, statuses[i], statuses[i] == 401 ? Stubs.OPENAI_BAD_KEY : "{\"error\":{\"type\":\"x\"}}");
            Kind expected = kinds[i];
            assertThatThrownBy(() -> openAi(fast(Duration.ofSeconds(5))).complete(hello))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(expected);
                        assertThat(e.getMessage()).doesNotContain(Stubs.FAKE_OPENAI_KEY).doesNotContain("Incorrect");
                    });
            assertThat(calls(OPENAI)).as("calls for %d", statuses[i]).isEqualTo(1);
        }
        wm.resetAll();
        stub(OPENAI, 400, Stubs.OPENAI_CONTEXT);
        assertThatThrownBy(() -> openAi(fast(Duration.ofSeconds(5))).complete(hello))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind())
                        .isEqualTo(Kind.CONTEXT_TOO_LONG));
    }

    @Test
    void e5ResetEmptyAndGarbageRepliesAreTransientAndBounded() {
        for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE)) {
            wm.resetAll();
            wm.stubFor(post(urlEqualTo(OPENAI)).willReturn(aResponse().withFault(fault)));
            assertThatThrownBy(() -> openAi(fast(Duration.ofSeconds(5))).complete(hello)).as(fault.name())
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));
            assertThat(calls(OPENAI)).as(fault.name()).isEqualTo(3);
        }
        wm.resetAll();
        stub(OPENAI, 200, "<html><body>Bad gateway</body></html>");
        assertThatThrownBy(() -> openAi(fast(Duration.ofSeconds(5))).complete(hello))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));
        assertThat(calls(OPENAI)).isEqualTo(3);
    }

    @Test
    void e6aHangingProviderFailsOverAtTheDeadline() {
        wm.stubFor(post(urlEqualTo(OPENAI)).willReturn(aResponse().withStatus(200)
                .withBody(Stubs.openAiOk("too late")).withFixedDelay(4_000)));
        stub(ANTHROPIC, 200, Stubs.anthropicOk("on time"));
        ChatModel chain = FailoverChatModel.of(List.of(openAi(fast(Duration.ofMillis(1_500))),
                anthropic(fast(Duration.ofSeconds(5)))));
        long started = System.nanoTime();
        assertThat(chain.complete(hello).text()).isEqualTo("on time");
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(elapsedMs).as("failed over at the 1.5 s deadline").isBetween(1_000L, 2_500L);
        assertThat(calls(OPENAI)).isEqualTo(1);
    }

    @Test
    void e7MalformedStructuredOutputIsDiscardedAfterOneRepair() {
        stub(OPENAI, 200, Stubs.openAiOk("{\\\"summary\\\": 42"));
        Optional<String> summary = StructuredOutput.request(openAi(fast(Duration.ofSeconds(5))), hello,
                "{\"summary\": string}", node -> {
                    if (!node.path("summary").isTextual()) {
                        throw new IllegalArgumentException("summary must be a string");
                    }
                    return node.get("summary").asText();
                });
        assertThat(summary).isEmpty();
        assertThat(calls(OPENAI)).isEqualTo(2); // the answer and one repair
        wm.verify(postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(matchingJsonPath("$.response_format.type",
                equalTo("json_object"))));
    }

    @Test
    void e7AValidStructuredReplyIsReturnedAndARepairCanSucceed() {
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("{\\\"summary\\\": 7}")))
                .willSetStateTo("fixed"));
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("repair").whenScenarioStateIs("fixed")
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("{\\\"summary\\\": \\\"ok\\\"}"))));
        Optional<String> summary = StructuredOutput.request(openAi(fast(Duration.ofSeconds(5))), hello,
                "{\"summary\": string}", node -> {
                    if (!node.path("summary").isTextual()) {
                        throw new IllegalArgumentException("summary must be a string");
                    }
                    return node.get("summary").asText();
                });
        assertThat(summary).contains("ok");
        assertThat(calls(OPENAI)).isEqualTo(2);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndSkipsTheNetwork() {
        stub(OPENAI, 500, Stubs.OPENAI_SERVER_ERROR);
        OpenAiChatModel model = OpenAiChatModel.builder().apiKey(Stubs.FAKE_OPENAI_KEY).baseUrl(wm.baseUrl())
                .resilience(new Resilience(0, Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofSeconds(1), 2,
                        Duration.ofMinutes(1))).sleeper(waits::add).build();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> model.complete(hello)).isInstanceOf(ProviderException.class);
        }
        assertThatThrownBy(() -> model.complete(hello)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.CIRCUIT_OPEN));
        assertThat(calls(OPENAI)).isEqualTo(2);
    }

    @Test
    void budgetsRefuseCallsBeforeTheNetworkAndTheLedgerRecordsCost() {
        stub(OPENAI, 200, Stubs.openAiOk("paid answer"));
        Store store = Store.inMemory();
        Mosaic mosaic = Mosaic.builder().store(store).build();
        SessionId session = mosaic.sessions().create().id();
        // gpt-4o-mini: 120 in x 0.15 + 40 out x 0.60 per million = 42 micro-dollars per call
        BudgetedChatModel budgeted = BudgetedChatModel.builder(openAi(fast(Duration.ofSeconds(5))), store)
                .sessionBudgetMicros(50).dailyBudgetMicros(1_000).build();
        assertThat(budgeted.complete(hello.forSession(session)).text()).isEqualTo("paid answer");
        assertThat(store.usage(session)).singleElement().satisfies(u -> {
            assertThat(u.costMicros()).isEqualTo(42);
            assertThat(u.provider()).isEqualTo("openai");
            assertThat(u.inputTokens()).isEqualTo(120);
        });
        budgeted.complete(hello.forSession(session)); // 42 < 50: allowed, now 84 spent
        assertThatThrownBy(() -> budgeted.complete(hello.forSession(session)))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind())
                        .isEqualTo(Kind.BUDGET_EXHAUSTED));
        assertThat(calls(OPENAI)).isEqualTo(2);

        BudgetedChatModel daily = BudgetedChatModel.builder(openAi(fast(Duration.ofSeconds(5))), store)
                .sessionBudgetMicros(1_000_000).dailyBudgetMicros(84).build();
        assertThatThrownBy(() -> daily.complete(hello)).hasMessageContaining("daily AI budget");
        assertThat(calls(OPENAI)).isEqualTo(2);
    }

    @Test
    void e9ARetryAfterATimedOutAttemptStoresOneTurnAndEveryProviderFailingStillAnswersOffline() {
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("e9").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("slow")).withFixedDelay(1_500))
                .willSetStateTo("fast"));
        wm.stubFor(post(urlEqualTo(OPENAI)).inScenario("e9").whenScenarioStateIs("fast")
                .willReturn(aResponse().withStatus(200).withBody(Stubs.openAiOk("Pick the offer you would regret "
                        + "not taking. Which one is it?"))));
        OpenAiChatModel impatient = OpenAiChatModel.builder().apiKey(Stubs.FAKE_OPENAI_KEY).baseUrl(wm.baseUrl())
                .resilience(fast(Duration.ofSeconds(5))).timeouts(Duration.ofSeconds(1), Duration.ofMillis(500))
                .sleeper(waits::add).build();
        Mosaic mosaic = Mosaic.builder().ai(impatient).build();
        SessionId session = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(session, "I have two offers and can't decide");
        assertThat(reply.source()).isEqualTo(CoachReply.Source.MODEL);
        assertThat(reply.message()).startsWith("Pick the offer");
        assertThat(calls(OPENAI)).isEqualTo(2);
        assertThat(mosaic.coach().history(session, 10)).hasSize(1);

        wm.resetAll();
        wm.stubFor(post(urlEqualTo(OPENAI)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stub(ANTHROPIC, 529, Stubs.ANTHROPIC_OVERLOADED);
        Mosaic offline = Mosaic.builder().ai(FailoverChatModel.of(List.of(openAi(fast(Duration.ofSeconds(2))),
                anthropic(fast(Duration.ofSeconds(2)))))).build();
        SessionId other = offline.sessions().create().id();
        CoachReply fallback = offline.coach().chat(other, "I have two offers and can't decide");
        assertThat(fallback.source()).isEqualTo(CoachReply.Source.LIBRARY);
        assertThat(fallback.message()).doesNotContainIgnoringCase("overloaded").doesNotContain("529");
        assertThat(calls(OPENAI)).isEqualTo(3);
        assertThat(calls(ANTHROPIC)).isEqualTo(3);
    }

    @Test
    void noKeyEverAppearsInLogsOrErrors() {
        try (LogCapture logs = new LogCapture()) {
            stub(OPENAI, 401, Stubs.OPENAI_BAD_KEY);
            stub(ANTHROPIC, 401, Stubs.ANTHROPIC_BAD_KEY);
            ChatModel chain = FailoverChatModel.of(List.of(openAi(fast(Duration.ofSeconds(2))),
                    anthropic(fast(Duration.ofSeconds(2)))));
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try {
                    chain.complete(hello);
                } catch (ProviderException e) {
                    errors.add(e.toString());
                }
            }
            Mosaic mosaic = Mosaic.builder().ai(chain).build();
            mosaic.coach().chat(mosaic.sessions().create().id(), "I keep missing deadlines");
            assertThat(errors).hasSize(3);
            assertThat(logs.lines()).isNotEmpty()
                    .anySatisfy(line -> assertThat(line).contains("rejected its API key"));
            for (String line : concat(logs.lines(), errors)) {
                assertThat(line).doesNotContain(Stubs.FAKE_OPENAI_KEY).doesNotContain(Stubs.FAKE_ANTHROPIC_KEY)
                        .doesNotContain("FAKEKEY");
            }
            assertThat(logs.lines().stream().filter(l -> l.contains("rejected its API key")).count())
                    .as("reported once per provider").isEqualTo(2);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
