package dev.mosaic.core.internal.session;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.session.Sessions;
import dev.mosaic.core.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sessions kept in the store, with sliding expiry: each access is one store call that finds, checks and slides the
 * session together ({@link Store#touchSession}).
 */
public final class StoreSessions implements Sessions {
    private final Store store;
    private final Clock clock;
    private final Duration ttl;
    private final RandomGenerator random;

    /** What else must forget an erased session (set once, while the {@code Mosaic} is built). */
    private volatile java.util.function.Consumer<SessionId> erased = id -> { };
    /** What else must forget sessions the retention sweep deleted. */
    private volatile Runnable swept = () -> { };

    public StoreSessions(Store store, Clock clock, Duration ttl, RandomGenerator random) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
        this.random = random;
    }

    @Override
    public Session create() {
        Instant now = clock.instant();
        Session session = new Session(SessionId.random(random), now, now.plus(ttl));
        store.createSession(session);
        return session;
    }

    @Override
    public Optional<Session> touch(SessionId id) {
        Checks.present(id, "id");
        Instant now = clock.instant();
        return store.touchSession(id, now, now.plus(ttl));
    }

    @Override
    public Session require(SessionId id) {
        Checks.present(id, "id");
        return touch(id).orElseThrow(() -> new NotFoundException(MosaicException.Code.SESSION_NOT_FOUND,
                "no session " + id.logTag() + " (unknown or expired)"));
    }

    @Override
    public Session touchOrCreate(SessionId id) {
        Checks.present(id, "id");
        return touch(id).orElseGet(this::create);
    }

    /** Tells {@code forget} of every erased session, and {@code forgetGone} after every retention sweep. */
    public void whenForgotten(java.util.function.Consumer<SessionId> forget, Runnable forgetGone) {
        this.erased = forget;
        this.swept = forgetGone;
    }

    @Override
    public boolean erase(SessionId id) {
        Checks.present(id, "id");
        boolean deleted = store.deleteSession(id);
        erased.accept(id);
        return deleted;
    }

    @Override
    public int sweepExpired() {
        int deleted = store.deleteExpired(clock.instant());
        if (deleted > 0) {
            swept.run();
        }
        return deleted;
    }
}
