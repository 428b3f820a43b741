package dev.mosaic.core.internal.jobs;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.jobs.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores opportunities against a profile, deterministically and with reasons, and reads a profile out of free text
 * (resumes, coaching messages). The fit, 0..100:
 * <ul>
 * <li>must-have skills the person shows: up to {@value #MUST_HAVE_POINTS};</li>
 * <li>role fit (the posting's title words among the titles the person named or held): up to {@value #ROLE_POINTS};</li>
 * <li>seniority: {@value #SENIORITY_POINTS} for the same level, half for one level apart, a third when unknown;</li>
 * <li>nice-to-have skills: up to {@value #NICE_TO_HAVE_POINTS};</li>
 * <li>place: {@value #PLACE_POINTS} when it is remote and the person wants remote, or in the city they named;</li>
 * <li>shared values: up to {@value #VALUES_POINTS}.</li>
 * </ul>
 * Ties are broken by job id, so identical inputs give identical rankings. Immutable and thread-safe.
 */
public final class JobMatcher {
    static final int MUST_HAVE_POINTS = 45;
    static final int ROLE_POINTS = 15;
    static final int SENIORITY_POINTS = 15;
    static final int NICE_TO_HAVE_POINTS = 10;
    static final int PLACE_POINTS = 10;
    static final int VALUES_POINTS = 5;

    private static final Pattern WORD = Pattern.compile("[a-z][a-z+#.-]*");
    private static final Set<String> NOT_ROLE_WORDS = Set.of("and", "of", "the", "a", "an", "i", "ii", "iii", "iv",
            "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "director", "chief", "vp", "entry",
            "level", "associate", "assistant", "intern", "graduate", "trainee", "apprentice", "mid", "for", "in",
            "to", "with", "remote", "&", "-", "at", "on");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\+?\\s*(?:years?|yrs?)\\b");
    private static final Pattern WANTED_LEVEL = Pattern.compile("looking for (?:an? )?(?:new )?"
            + "(entry[- ]level|junior|graduate|mid(?:[- ]level)?|senior|lead|principal|director)");

    private final List<Opportunity> opportunities;
    private final SkillVocabulary vocabulary;
    private final List<String> valueVocabulary;
    private final Set<String> roleWords;
    private final List<String> cities;

    private JobMatcher(List<Opportunity> opportunities, SkillVocabulary vocabulary) {
        this.opportunities = List.copyOf(opportunities);
        this.vocabulary = vocabulary;
        Set<String> values = new TreeSet<>();
        Set<String> words = new HashSet<>();
        Set<String> places = new TreeSet<>();
        for (Opportunity o : this.opportunities) {
            values.addAll(o.values());
            words.addAll(roleWords(o.role()));
            String city = o.location().split(",")[0].strip().toLowerCase(Locale.ROOT);
            if (!city.equals("remote") && city.length() > 2) {
                places.add(city);
            }
        }
        this.valueVocabulary = List.copyOf(values);
        this.roleWords = Set.copyOf(words);
        this.cities = List.copyOf(places);
    }

    /**
     * {@return a matcher over them, reading skills with the bundled vocabulary}
     *
     * @param opportunities the postings to match against
     */
    public static JobMatcher of(List<Opportunity> opportunities) {
        return of(opportunities, SkillVocabulary.bundled());
    }

    /**
     * {@return the matcher}
     *
     * @param opportunities the postings to match against
     * @param vocabulary how skills are read out of text
     */
    public static JobMatcher of(List<Opportunity> opportunities, SkillVocabulary vocabulary) {
        return new JobMatcher(Checks.list(opportunities, "opportunities"), Checks.present(vocabulary, "vocabulary"));
    }

    /** {@return the postings} */
    public List<Opportunity> opportunities() {
        return opportunities;
    }

    /**
     * Reads skills, title words, level, values and place out of free text.
     *
     * @param texts resume texts and coaching messages
     * @return the profile (possibly {@link Profile#EMPTY})
     */
    public Profile profileFrom(List<String> texts) {
        String joined = String.join("\n", texts);
        String lower = " " + joined.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#./&-]+", " ") + " ";
        List<String> skills = vocabulary.skillsIn(joined);
        Set<String> titles = new LinkedHashSet<>();
        Matcher word = WORD.matcher(joined.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (roleWords.contains(word.group())) {
                titles.add(word.group());
            }
        }
        List<String> values = valueVocabulary.stream().filter(v -> lower.contains(" " + v + " ")).toList();
        boolean remote = lower.contains(" remote ") || lower.contains(" work from home ") || lower.contains(" wfh ");
        Optional<String> place = cities.stream().filter(city -> lower.contains(" " + city + " ")).findFirst();
        return new Profile(skills, List.copyOf(titles), seniority(joined.toLowerCase(Locale.ROOT)), place, remote,
                values);
    }

    /** The level asked for ("looking for a senior role"), else the years of experience. */
    static Optional<Opportunity.Seniority> seniority(String text) {
        Matcher wanted = WANTED_LEVEL.matcher(text);
        if (wanted.find()) {
            String level = wanted.group(1);
            if (level.startsWith("entry") || level.equals("junior") || level.equals("graduate")) {
                return Optional.of(Opportunity.Seniority.ENTRY);
            }
            if (level.startsWith("mid")) {
                return Optional.of(Opportunity.Seniority.MID);
            }
            return Optional.of(level.equals("senior") ? Opportunity.Seniority.SENIOR
                    : level.equals("director") ? Opportunity.Seniority.DIRECTOR : Opportunity.Seniority.LEAD);
        }
        int years = -1;
        Matcher matcher = YEARS.matcher(text);
        while (matcher.find()) {
            years = Math.max(years, Integer.parseInt(matcher.group(1)));
        }
        if (years < 0) {
            return Optional.empty();
        }
        return Optional.of(years < 2 ? Opportunity.Seniority.ENTRY : years < 5 ? Opportunity.Seniority.MID : years < 9 ? Opportunity.Seniority.SENIOR
                : years < 14 ? Opportunity.Seniority.LEAD : Opportunity.Seniority.DIRECTOR);
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
        Set<String> have = new HashSet<>(profile.skills());
        List<String> mustMatched = opportunity.mustHave().stream().filter(have::contains).toList();
        List<String> niceMatched = opportunity.niceToHave().stream().filter(have::contains).toList();
        List<String> missing = opportunity.mustHave().stream().filter(s -> !have.contains(s)).toList();
        List<String> valuesMatched = opportunity.values().stream().filter(profile.values()::contains).toList();

        double mustShare = share(mustMatched.size(), opportunity.mustHave().size());
        double niceShare = share(niceMatched.size(), opportunity.niceToHave().size());
        Set<String> titleWords = roleWords(opportunity.role());
        long sharedTitleWords = titleWords.stream().filter(profile.targetRoles()::contains).count();
        double roleShare = share((int) sharedTitleWords, titleWords.size());
        double seniorityShare = profile.seniority().map(level -> switch (Math.abs(level.ordinal()
                - opportunity.seniority().ordinal())) {
            case 0 -> 1.0;
            case 1 -> 0.5;
            default -> 0.0;
        }).orElse(1.0 / 3);
        boolean remoteFits = profile.prefersRemote() && opportunity.remote();
        boolean cityFits = profile.location().map(city -> opportunity.location().toLowerCase(Locale.ROOT)
                .contains(city)).orElse(false);
        double valueShare = share(valuesMatched.size(), opportunity.values().size());

        int fit = (int) Math.round(MUST_HAVE_POINTS * mustShare + ROLE_POINTS * roleShare
                + SENIORITY_POINTS * seniorityShare + NICE_TO_HAVE_POINTS * niceShare
                + (remoteFits || cityFits ? PLACE_POINTS : 0) + VALUES_POINTS * valueShare);

        List<String> reasons = new ArrayList<>();
        if (!opportunity.mustHave().isEmpty()) {
            reasons.add("You show " + mustMatched.size() + " of " + opportunity.mustHave().size()
                    + " required skills" + (mustMatched.isEmpty() ? "." : ": " + String.join(", ", mustMatched) + "."));
        }
        if (roleShare > 0) {
            reasons.add("The title " + opportunity.role() + " is close to the roles you named or held.");
        }
        profile.seniority().ifPresent(level -> reasons.add(level == opportunity.seniority()
                ? "It is a " + level.key() + "-level role, your level."
                : "It is a " + opportunity.seniority().key() + "-level role; you read as " + level.key() + "."));
        if (!niceMatched.isEmpty()) {
            reasons.add("You also bring " + String.join(", ", niceMatched) + ", which they would like.");
        }
        if (remoteFits) {
            reasons.add("It can be done remotely, as you want.");
        } else if (cityFits) {
            reasons.add("It is in " + opportunity.location() + ", where you want to work.");
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

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Set<String> roleWords(String role) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(role.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (!NOT_ROLE_WORDS.contains(word.group())) {
                words.add(word.group());
            }
        }
        return words;
    }
}
