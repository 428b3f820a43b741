package dev.mosaic.store;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Child process of {@link SqliteDurabilityTest}: writes turns as fast as it can and prints {@code ack N} after each
 * write returns, until it is killed.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        SqliteStore store = SqliteStore.open(Path.of(args[0]));
        SessionId id = SessionId.random(new SecureRandom());
        Instant now = Instant.now();
        store.createSession(new Session(id, now, now.plus(Duration.ofDays(1))));
        System.out.println("session " + id.value());
        System.out.flush();
        for (int n = 0; ; n++) {
            store.appendTurn(id, new Coach.Turn(n + 1, "message " + n, "reply " + n, new Metrics(1, 2, 3),
                    CoachReply.Source.LIBRARY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Instant.now()));
            System.out.println("ack " + n);
            System.out.flush();
        }
    }
}
