package dev.mosaic.examples;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.OpportunitySource;
import java.util.List;
import java.util.Optional;

/**
 * Example (c): plug in your own {@link ChatModel} (here a stand-in for a company's LLM gateway) and your own
 * {@link OpportunitySource} (here an internal job board), and see the coach and the job matching use them.
 */
public final class CustomModelAndSource {
    private CustomModelAndSource() {
    }

    /**
     * A model that answers without a network: it reflects the person's last message and the coach's suggested next
     * step, which Mosaic puts in the system message. A real one would call an HTTP API here, and may throw: Mosaic
     * then answers from its prompt library instead.
     */
    static final class GatewayModel implements ChatModel {
        @Override
        public String name() {
            return "internal-gateway";
        }

        @Override
        public ChatModel.Response complete(ChatModel.Request request) {
            String system = request.messages().get(0).content();
            String step = system.lines().filter(line -> line.startsWith("Suggested next step"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
            ChatModel.Message last = request.messages().get(request.messages().size() - 1);
            int words = last.content().split("\\s+").length;
            String reply = "Thanks for telling me this in " + words + " words. One thing to try: " + step;
            return new ChatModel.Response(reply, "gateway-1", words, reply.split("\\s+").length);
        }
    }

    /** Postings from an internal job board; in practice read from its API or a database. */
    static final class InternalJobBoard implements OpportunitySource {
        @Override
        public String name() {
            return "internal-board";
        }

        @Override
        public List<Opportunity> load() {
            return List.of(
                    posting("int-101", "Data Analyst, Finance", List.of("sql", "excel", "data visualization")),
                    posting("int-102", "Product Analyst", List.of("sql", "python", "a/b testing")),
                    posting("int-103", "Customer Success Manager", List.of("customer success", "crm")));
        }

        private static Opportunity posting(String id, String role, List<String> skills) {
            return new Opportunity(id, role, "Acme Internal", "Leeds, UK", true, role + " on an internal team.",
                    skills, List.of(), Opportunity.Seniority.MID, List.of("learning"), Optional.empty(), "internal-board",
                    Optional.empty());
        }
    }

    public static void main(String[] args) {
        Mosaic mosaic = Mosaic.builder().ai(new GatewayModel()).opportunities(new InternalJobBoard()).build();
        SessionId session = mosaic.sessions().create().id();
        CoachReply reply = mosaic.coach().chat(session,
                "I'm an analyst with SQL, Excel and some Python, looking for my next internal move");
        System.out.println("coach (" + reply.source() + "): " + reply.message());
        for (JobMatch match : mosaic.jobs().refresh(session)) {
            System.out.println(match.fitScore() + "  " + match.opportunity().role() + " [" + match.opportunity().source()
                    + "] missing: " + match.missingSkills());
        }
    }
}
