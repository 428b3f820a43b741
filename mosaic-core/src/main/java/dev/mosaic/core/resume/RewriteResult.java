package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * A rewritten or tailored resume, stored as a version.
 *
 * @param version the stored version
 * @param byModel true when an AI model wrote it (and the fabrication guard passed it), false for the offline tools
 * @param matchingSkills for a tailored resume, the job's skills it shows (surfaced near the top)
 * @param gaps for a tailored resume, the job's skills it does not show (listed, never invented)
 */
public record RewriteResult(Resumes.Version version, boolean byModel, List<String> matchingSkills, List<String> gaps) {
    /** Validates and copies. */
    public RewriteResult {
        Checks.present(version, "version");
        matchingSkills = Checks.list(matchingSkills, "matching_skills");
        gaps = Checks.list(gaps, "gaps");
    }
}
