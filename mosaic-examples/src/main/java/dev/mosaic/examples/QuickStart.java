package dev.mosaic.examples;

// README:quickstart:begin
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.session.SessionId;

public final class QuickStart {
    public static void main(String[] args) {
        Mosaic mosaic = Mosaic.builder().build();       // in memory, bundled prompt library, offline coaching
        SessionId session = mosaic.sessions().create().id();

        CoachReply reply = mosaic.coach().chat(session,
                "I'm a data analyst with SQL and Excel, and I have two offers I can't choose between");
        System.out.println(reply.source() + ": " + reply.message());
        System.out.println("metrics: " + reply.metrics());

        for (JobMatch match : mosaic.jobs().refresh(session).stream().limit(3).toList()) {
            System.out.println(match.fitScore() + "  " + match.opportunity().role() + " - " + match.reasons());
        }
    }
}
// README:quickstart:end
