package dev.mosaic.core.session;

import java.util.Optional;

/**
 * Session lifecycle: creation, lookup with sliding expiry, erasure and the retention sweep. Thread-safe.
 */
public interface Sessions {
    /** {@return a new session with a fresh random id} */
    Session create();

    /**
     * Looks a session up and slides its expiry to now plus the time to live (to within a second: a session slid less
     * than a second ago is not written again); an expired session behaves as missing.
     *
     * @param id the id
     * @return the session, touched, or empty when unknown or expired
     */
    Optional<Session> touch(SessionId id);

    /**
     * Like {@link #touch} but for routes that require a session.
     *
     * @param id the id
     * @return the touched session
     * @throws dev.mosaic.core.NotFoundException with code {@code session_not_found}
     */
    Session require(SessionId id);

    /**
     * For routes that create: the given session when it exists, otherwise a new one (never one under the given id,
     * so a client cannot fix a session id).
     *
     * @param id an id the client sent ({@link #create()} when there is none)
     * @return an existing, touched session or a new one
     */
    Session touchOrCreate(SessionId id);

    /**
     * Erases everything of one session now.
     *
     * @param id the id
     * @return true if there was such a session
     */
    boolean erase(SessionId id);

    /**
     * Deletes every session past its expiry, with all of its data.
     *
     * @return how many sessions were deleted
     */
    int sweepExpired();
}
