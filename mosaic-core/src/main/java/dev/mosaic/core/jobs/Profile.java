package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a person for job matching.
 *
 * @param skills skills found, lowercase canonical names
 * @param targetRoles words of the job titles the person named or held, lowercase
 * @param seniority the level the person is at or aims for, if it can be told
 * @param location a place the person wants to work in, if named
 * @param prefersRemote whether the person asked for remote work
 * @param values values and culture words the person used, lowercase
 */
public record Profile(List<String> skills, List<String> targetRoles, Optional<Opportunity.Seniority> seniority,
                      Optional<String> location, boolean prefersRemote, List<String> values) {
    /** Nothing known. */
    public static final Profile EMPTY = new Profile(List.of(), List.of(), Optional.empty(), Optional.empty(), false,
            List.of());

    /** Validates and copies. */
    public Profile {
        skills = Checks.list(skills, "skills");
        targetRoles = Checks.list(targetRoles, "target_roles");
        Checks.present(seniority, "seniority");
        Checks.present(location, "location");
        values = Checks.list(values, "values");
    }

    /** {@return true when nothing at all is known, so no ranking would mean anything} */
    public boolean isEmpty() {
        return skills.isEmpty() && targetRoles.isEmpty() && seniority.isEmpty() && location.isEmpty() && !prefersRemote
                && values.isEmpty();
    }
}
