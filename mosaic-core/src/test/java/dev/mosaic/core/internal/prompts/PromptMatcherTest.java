package dev.mosaic.core.internal.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptMatcherTest {
    private static final PromptMatcher MATCHER = PromptMatcher.of(PromptLibrary.bundled());

    private static String bestTag(String message) {
        return MATCHER.match(message).best().map(m -> m.entry().tag()).orElse("none");
    }

    @Test
    void synonymsFoldCareerVocabulary() {
        assertThat(MATCHER.match("my cv is two pages").best().orElseThrow().matchedTerms()).contains("resum");
        assertThat(bestTag("how do I ask for more compensation")).isEqualTo("Financial & Negotiation");
    }

    @Test
    void aOneLetterTypoInAKnownWordStillMatches() {
        MatchResult clean = MATCHER.match("I keep procrastinating on my applications");
        MatchResult typo = MATCHER.match("I keep procrastinting on my aplications");
        assertThat(typo.best().orElseThrow().entry()).isEqualTo(clean.best().orElseThrow().entry());
        assertThat(typo.best().get().matchedTerms()).isEqualTo(clean.best().get().matchedTerms());
    }

    @Test
    void aLongRamblingMessageStillFindsItsTopic() {
        String rambling = "So this is going to be long, sorry. I made coffee, the cat is on my keyboard again, and my "
                + "neighbour is drilling. Anyway. ".repeat(20) + "The real thing is that I am completely burnt out "
                + "at work, exhausted every evening and I dread Mondays.";
        assertThat(bestTag(rambling)).isEqualTo("Wellbeing & Stress");
    }

    @Test
    void hugeInputIsBoundedAndDoesNotFail() {
        String huge = "a".repeat(5_000_000) + " salary negotiation " + "word ".repeat(100_000);
        MatchResult result = MATCHER.match(huge);
        assertThat(result).isNotNull();
    }

    @Test
    void offTopicAndEmptyMessagesAreExplicitNoMatches() {
        for (String message : List.of("", "   ", "!!!", "what's the weather in Paris tomorrow", "asdfgh qwerty",
                "who won the game last night")) {
            assertThat(MATCHER.match(message)).as(message).isInstanceOf(MatchResult.NoMatch.class);
        }
    }

    @Test
    void rankingIsDeterministicAndConfidenceIsMonotonic() {
        MatchResult first = MATCHER.match("I have two job offers and can't decide");
        MatchResult second = MATCHER.match("I have two job offers and can't decide");
        assertThat(first).isEqualTo(second);
        List<PromptMatch> ranked = first.ranked();
        assertThat(ranked).hasSizeLessThanOrEqualTo(PromptMatcher.DEFAULT_LIMIT).isNotEmpty();
        assertThat(ranked).extracting(PromptMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(PromptMatcher.confidence(3)).isLessThan(PromptMatcher.confidence(6));
        assertThat(PromptMatcher.confidence(6)).isEqualTo(0.5);
        assertThat(PromptMatcher.confidence(1000)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void limitIsHonoured() {
        assertThat(MATCHER.match("salary negotiation for a new job offer", 1).ranked()).hasSize(1);
        assertThat(MATCHER.match("salary negotiation for a new job offer", 10).ranked()).hasSize(10);
    }

    @Test
    void concurrentQueriesGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<String> messages = List.of("I keep missing deadlines", "burnt out and tired", "how to network",
                "should I quit my job", "learn python for data", "negotiate salary");
        List<MatchResult> expected = messages.stream().map(MATCHER::match).toList();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 8; t++) {
            threads.add(started(() -> {
                for (int i = 0; i < 2_000; i++) {
                    int k = i % messages.size();
                    if (!MATCHER.match(messages.get(k)).equals(expected.get(k))) {
                        mismatches.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(mismatches.get()).isZero();
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** Issue 18: a weekday matched an entry about an interview on Friday ("fridai" was a shared term). */
    @Test
    void daysAndMonthsAreNotTopics() {
        MatchResult result = MATCHER.match("I will send 3 applications by Friday", 3);
        assertThat(result.ranked()).allSatisfy(m -> assertThat(m.matchedTerms()).doesNotContain("fridai", "friday"));
        assertThat(MATCHER.match("see you on Monday in March", 3).ranked())
                .allSatisfy(m -> assertThat(m.matchedTerms()).doesNotContain("mondai", "march"));
    }
}
