package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void aBucketTakesAmountsAndSaysHowLongABiggerOneMustWait() {
        long[] now = {0};
        RateLimiter bytes = new RateLimiter(600, () -> now[0]);
        assertThat(bytes.take("a", 500)).isZero();
        assertThat(bytes.take("a", 200)).as("100 more tokens at 10 a second").isEqualTo(10);
        assertThat(bytes.take("b", 200)).as("each key has its own bucket").isZero();
        assertThat(bytes.take("a", 601)).as("more than the bucket holds").isEqualTo(60);
        now[0] += 10_000_000_000L;
        assertThat(bytes.take("a", 200)).isZero();
    }
}
