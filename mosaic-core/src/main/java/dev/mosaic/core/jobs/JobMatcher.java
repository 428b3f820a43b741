package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores opportunities against a profile, deterministically and with reasons: must-have skills weigh most, then
 * role fit, nice-to-have skills, location or remote preference, and shared values. Also reads a profile out of free
 * text (resume or coaching messages) using the skills the opportunities name. Immutable and thread-safe.
 */
public final class JobMatcher {
    static final int MUST_HAVE_POINTS = 50;
    static final int ROLE_POINTS = 20;
    static final int NICE_TO_HAVE_POINTS = 15;
    static final int PLACE_POINTS = 10;
    static final int VALUES_POINTS = 5;

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9+#]+");
    private static final Set<String> ROLE_STOP = Set.of("and", "of", "the", "a", "-", "i", "ii", "iii");

    private final List<Opportunity> opportunities;
    private final List<String> skillVocabulary;
    private final List<String> valueVocabulary;
    private final List<String> roleVocabulary;

    private JobMatcher(List<Opportunity> opportunities) {
        this.opportunities = List.copyOf(opportunities);
        Set<String> skills = new TreeSet<>();
        Set<String> values = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        for (Opportunity o : this.opportunities) {
            skills.addAll(o.mustHave());
            skills.addAll(o.niceToHave());
            values.addAll(o.values());
            roles.add(o.role().toLowerCase(Locale.ROOT));
        }
        this.skillVocabulary = List.copyOf(skills);
        this.valueVocabulary = List.copyOf(values);
        this.roleVocabulary = List.copyOf(roles);
    }

    /**
     * @param opportunities the postings to match against
     * @return a matcher over them
     */
    public static JobMatcher of(List<Opportunity> opportunities) {
        return new JobMatcher(Checks.list(opportunities, "opportunities"));
    }

    /** @return the postings */
    public List<Opportunity> opportunities() {
        return opportunities;
    }

    /**
     * Reads skills, roles, values and place preferences out of free text.
     *
     * @param texts resume texts and coaching messages
     * @return the profile (possibly {@link Profile#EMPTY})
     */
    public Profile profileFrom(List<String> texts) {
        String joined = " " + String.join(" \n ", texts).toLowerCase(Locale.ROOT) + " ";
        String words = " " + NON_WORD.matcher(joined).replaceAll(" ") + " ";
        List<String> skills = found(skillVocabulary, words);
        List<String> values = found(valueVocabulary, words);
        List<String> roles = found(roleVocabulary, words);
        boolean remote = words.contains(" remote ") || words.contains(" work from home ") || words.contains(" wfh ");
        Optional<String> place = Optional.empty();
        for (Opportunity o : opportunities) {
            String city = o.location().split(",")[0].strip().toLowerCase(Locale.ROOT);
            if (!city.equals("remote") && words.contains(" " + NON_WORD.matcher(city).replaceAll(" ").strip() + " ")) {
                place = Optional.of(city);
                break;
            }
        }
        return new Profile(skills, roles, place, remote, values);
    }

    /**
     * Ranks every opportunity for a profile.
     *
     * @param profile the person
     * @param limit the most matches to return
     * @return matches, best first; ties broken by job id so the order is stable
     */
    public List<JobMatch> rank(Profile profile, int limit) {
        Checks.present(profile, "profile");
        List<JobMatch> all = new ArrayList<>(opportunities.size());
        for (Opportunity opportunity : opportunities) {
            all.add(score(profile, opportunity));
        }
        all.sort(Comparator.comparingInt(JobMatch::fitScore).reversed()
                .thenComparing(m -> m.opportunity().jobId()));
        return List.copyOf(all.subList(0, Math.min(Math.max(0, limit), all.size())));
    }

    /**
     * Scores one opportunity.
     *
     * @param profile the person
     * @param opportunity the posting
     * @return the fit with reasons
     */
    public JobMatch score(Profile profile, Opportunity opportunity) {
        Set<String> have = new LinkedHashSet<>(profile.skills());
        List<String> mustMatched = opportunity.mustHave().stream().filter(have::contains).toList();
        List<String> niceMatched = opportunity.niceToHave().stream().filter(have::contains).toList();
        List<String> missing = opportunity.mustHave().stream().filter(s -> !have.contains(s)).toList();
        List<String> valuesMatched = opportunity.values().stream().filter(profile.values()::contains).toList();

        double mustShare = opportunity.mustHave().isEmpty() ? 0 : (double) mustMatched.size()
                / opportunity.mustHave().size();
        double niceShare = opportunity.niceToHave().isEmpty() ? 0 : (double) niceMatched.size()
                / opportunity.niceToHave().size();
        double roleShare = roleOverlap(profile.targetRoles(), opportunity.role());
        boolean placeFits = profile.prefersRemote() && opportunity.remote()
                || profile.location().map(city -> opportunity.location().toLowerCase(Locale.ROOT).contains(city))
                .orElse(false);
        double valueShare = opportunity.values().isEmpty() ? 0 : (double) valuesMatched.size()
                / opportunity.values().size();

        int fit = (int) Math.round(MUST_HAVE_POINTS * mustShare + ROLE_POINTS * roleShare
                + NICE_TO_HAVE_POINTS * niceShare + (placeFits ? PLACE_POINTS : 0) + VALUES_POINTS * valueShare);

        List<String> reasons = new ArrayList<>();
        if (!opportunity.mustHave().isEmpty()) {
            reasons.add("You show " + mustMatched.size() + " of " + opportunity.mustHave().size()
                    + " required skills" + (mustMatched.isEmpty() ? "." : ": " + String.join(", ", mustMatched) + "."));
        }
        if (roleShare > 0) {
            reasons.add("The title " + opportunity.role() + " is close to the roles you named.");
        }
        if (!niceMatched.isEmpty()) {
            reasons.add("You also bring " + String.join(", ", niceMatched) + ", which they would like.");
        }
        if (placeFits) {
            reasons.add(profile.prefersRemote() && opportunity.remote() ? "It can be done remotely, as you want."
                    : "It is in " + opportunity.location() + ", where you want to work.");
        }
        if (!valuesMatched.isEmpty()) {
            reasons.add("They value " + String.join(", ", valuesMatched) + ", as you do.");
        }
        if (!missing.isEmpty()) {
            reasons.add("To close the gap, show " + String.join(", ", missing) + ".");
        }
        List<String> skillsMatch = new ArrayList<>(mustMatched);
        skillsMatch.addAll(niceMatched);
        return new JobMatch(opportunity, Math.min(100, fit), skillsMatch, valuesMatched, missing, reasons);
    }

    private static double roleOverlap(List<String> targetRoles, String role) {
        Set<String> roleWords = roleWords(role);
        double best = 0;
        for (String target : targetRoles) {
            Set<String> targetWords = roleWords(target);
            long shared = targetWords.stream().filter(roleWords::contains).count();
            if (!roleWords.isEmpty()) {
                best = Math.max(best, (double) shared / roleWords.size());
            }
        }
        return best;
    }

    private static Set<String> roleWords(String role) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NON_WORD.split(role.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !ROLE_STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> found(List<String> vocabulary, String words) {
        List<String> found = new ArrayList<>();
        for (String term : vocabulary) {
            String normalised = NON_WORD.matcher(term).replaceAll(" ").strip();
            if (!normalised.isEmpty() && words.contains(" " + normalised + " ")) {
                found.add(term);
            }
        }
        return found;
    }
}
