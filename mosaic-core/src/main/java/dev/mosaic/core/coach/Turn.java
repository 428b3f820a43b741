package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored exchange of a coaching session.
 *
 * @param prompt what the person said
 * @param response what the coach answered
 * @param metrics the session's metrics after this turn
 * @param source which path produced the reply
 * @param matchId the id of the library entry the reply drew on, if any; for a turn of the guided flow its question
 *     ({@code guided:<question id>}), for a care reply its kind ({@code care:<kind>}, such as {@code care:job_loss})
 * @param matchTag the category of that entry, if any
 * @param createdAt when the turn happened (UTC)
 */
public record Turn(String prompt, String response, Metrics metrics, ReplySource source, Optional<String> matchId,
                   Optional<String> matchTag, Instant createdAt) {
    /** Validates the fields. */
    public Turn {
        Checks.present(prompt, "prompt");
        Checks.present(response, "response");
        Checks.present(metrics, "metrics");
        Checks.present(source, "source");
        Checks.present(matchId, "match_id");
        Checks.present(matchTag, "match_tag");
        Checks.present(createdAt, "created_at");
    }
}
