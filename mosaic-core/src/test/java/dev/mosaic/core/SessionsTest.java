package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final Mosaic mosaic = Mosaic.builder().clock(clock).sessionTtl(Duration.ofDays(30)).build();

    @Test
    void idsAre128RandomBitsInLowercaseHex() {
        Pattern form = Pattern.compile("^[0-9a-f]{32}$");
        Set<String> seen = new HashSet<>();
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 100_000; i++) {
            String id = SessionId.random(random).value();
            assertThat(form.matcher(id).matches()).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void everyTouchSlidesTheExpiryInOneStoreCall() {
        dev.mosaic.testing.CountingStore counting = new dev.mosaic.testing.CountingStore(dev.mosaic.core.spi.Store
                .inMemory());
        Mosaic counted = Mosaic.builder().store(counting.store()).clock(clock).build();
        Session session = counted.sessions().create();
        for (int i = 1; i <= 3; i++) {
            clock.advance(Duration.ofMillis(400));
            counting.reset();
            Session slid = counted.sessions().touch(session.id()).orElseThrow();
            assertThat(slid.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            assertThat(counting.count("touchSession")).isEqualTo(1);
            assertThat(counting.sessionLookups()).isEqualTo(1);
        }
        assertThat(counting.store().findSession(session.id()).orElseThrow().expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void expirySlidesWithEveryAccessAndExpiredBehavesAsMissing() {
        Session session = mosaic.sessions().create();
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        Session touched = mosaic.sessions().touch(session.id()).orElseThrow();
        assertThat(touched.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));

        clock.advance(Duration.ofDays(30).plusSeconds(1));
        assertThat(mosaic.sessions().touch(session.id())).isEmpty();
        assertThatThrownBy(() -> mosaic.sessions().require(session.id())).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(MosaicException.Code.SESSION_NOT_FOUND);
        assertThat(mosaic.sessions().sweepExpired()).isEqualTo(1);
        assertThat(mosaic.store().findSession(session.id())).isEmpty();
    }

    @Test
    void createRoutesNeverAdoptAClientChosenId() {
        SessionId chosen = SessionId.parse("0123456789abcdef0123456789abcdef").orElseThrow();
        Session made = mosaic.sessions().touchOrCreate(chosen);
        assertThat(made.id()).isNotEqualTo(chosen);
        assertThat(mosaic.store().findSession(chosen)).isEmpty();
        assertThat(mosaic.sessions().touchOrCreate(made.id()).id()).isEqualTo(made.id());
    }

    @Test
    void malformedIdsDoNotParse() {
        assertThat(SessionId.parse("ABCDEF0123456789ABCDEF0123456789")).isEmpty();
        assertThat(SessionId.parse("../../etc/passwd")).isEmpty();
        assertThat(SessionId.parse(null)).isEmpty();
        assertThat(SessionId.parse(" 0123456789abcdef0123456789abcdef ")).isPresent();
    }

    @Test
    void logTagIsShortAndDoesNotRevealTheId() {
        SessionId id = mosaic.sessions().create().id();
        assertThat(id.logTag()).hasSize(8).isNotEqualTo(id.value().substring(0, 8));
    }

    @Test
    void eraseRemovesTheSessionNow() {
        SessionId id = mosaic.sessions().create().id();
        mosaic.coach().chat(id, "I want to move into product management");
        assertThat(mosaic.sessions().erase(id)).isTrue();
        assertThat(mosaic.sessions().touch(id)).isEmpty();
        assertThat(mosaic.store().turns(id, 10)).isEmpty();
    }
}
