package dev.mosaic.examples;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import java.nio.file.Path;

/**
 * Example (a): the coach embedded in a plain Java application, keeping its sessions in a SQLite file so that a
 * conversation survives a restart.
 *
 * <pre>java -cp ... dev.mosaic.examples.EmbeddedCoach [database-file]</pre>
 */
public final class EmbeddedCoach {
    private EmbeddedCoach() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args.length > 0 ? args[0] : "coach.db");
        String[] messages = {
            "I'm a support engineer and I want to move into product management",
            "I will ask two product managers for a coffee chat by Friday",
            "I had both coffee chats and applied to an associate PM role",
        };
        SessionId session;
        // Store.open finds mosaic-store's SQLite store on the class path; the Store is closed with the try.
        try (Store store = Store.open("sqlite:" + database)) {
            Mosaic mosaic = Mosaic.builder().store(store).build();
            session = mosaic.sessions().create().id();
            for (String message : messages) {
                CoachReply reply = mosaic.coach().chat(session, message);
                System.out.println("> " + message);
                System.out.println("  " + reply.metrics() + " from " + reply.source());
            }
        }
        // A new Mosaic over the same file, as after a restart: the session and its history are still there.
        try (Store store = Store.open("sqlite:" + database)) {
            Mosaic mosaic = Mosaic.builder().store(store).build();
            Coach.Analysis analysis = mosaic.coach().analysis(session, 25).orElseThrow();
            System.out.println("after reopening: " + analysis.turns() + " turns, strongest " + analysis.strongest()
                    + ", weakest " + analysis.weakest());
            System.out.println("next step: " + analysis.nextStep());
        }
    }
}
