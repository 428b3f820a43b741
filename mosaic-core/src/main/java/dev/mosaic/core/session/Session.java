package dev.mosaic.core.session;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;

/**
 * A coaching session: the unit that owns turns, files, matches and resume versions.
 *
 * @param id the session id
 * @param createdAt when it was created (UTC)
 * @param expiresAt when it expires unless touched again; every access slides it forward
 */
public record Session(SessionId id, Instant createdAt, Instant expiresAt) {
    /** Validates the fields. */
    public Session {
        Checks.present(id, "id");
        Checks.present(createdAt, "created_at");
        Checks.present(expiresAt, "expires_at");
    }

    /**
     * {@return true when the session is past its expiry at {@code now}}
     *
     * @param now the current time
     */
    public boolean expiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }
}
