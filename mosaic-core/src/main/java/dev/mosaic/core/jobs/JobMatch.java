package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * How well one opportunity fits one person, and why.
 *
 * @param opportunity the posting
 * @param fitScore 0..100; identical inputs give identical scores
 * @param skillsMatch the person's skills the posting asks for
 * @param valuesMatch the person's values the posting shares
 * @param missingSkills must-have skills the person has not shown
 * @param reasons short sentences a person can read
 */
public record JobMatch(Opportunity opportunity, int fitScore, List<String> skillsMatch, List<String> valuesMatch,
                       List<String> missingSkills, List<String> reasons) {
    /** Validates and copies. */
    public JobMatch {
        Checks.present(opportunity, "opportunity");
        Checks.range(fitScore, 0, 100, "fit_score");
        skillsMatch = Checks.list(skillsMatch, "skills_match");
        valuesMatch = Checks.list(valuesMatch, "values_match");
        missingSkills = Checks.list(missingSkills, "missing_skills");
        reasons = Checks.list(reasons, "reasons");
    }
}
