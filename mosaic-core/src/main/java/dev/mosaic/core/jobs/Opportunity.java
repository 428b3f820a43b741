package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A job posting.
 *
 * @param jobId stable id, unique within its source
 * @param role the job title
 * @param company the employer
 * @param location where the job is ("Remote" allowed)
 * @param remote whether it can be done remotely
 * @param description the posting text, plain
 * @param mustHave required skills, lowercase canonical names
 * @param niceToHave preferred skills, lowercase canonical names
 * @param seniority the level
 * @param values culture and values words, lowercase
 * @param url where the posting lives, if known
 * @param source which source it came from (e.g. {@code bundled})
 * @param postedAt when it was posted, if known
 */
public record Opportunity(String jobId, String role, String company, String location, boolean remote,
                          String description, List<String> mustHave, List<String> niceToHave, Seniority seniority,
                          List<String> values, Optional<String> url, String source, Optional<LocalDate> postedAt) {
    /** Validates and copies. */
    public Opportunity {
        Checks.text(jobId, "job_id");
        Checks.text(role, "role");
        Checks.text(company, "company");
        Checks.text(location, "location");
        Checks.present(description, "description");
        mustHave = Checks.list(mustHave, "must_have");
        niceToHave = Checks.list(niceToHave, "nice_to_have");
        Checks.present(seniority, "seniority");
        values = Checks.list(values, "values");
        Checks.present(url, "url");
        Checks.text(source, "source");
        Checks.present(postedAt, "posted_at");
    }
}
