package dev.mosaic.core.internal.resume;

import dev.mosaic.core.internal.jobs.SkillVocabulary;
import dev.mosaic.core.jobs.Opportunity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline resume tools. {@link #rewrite} normalises headings and bullets, swaps weak openings for verbs that say
 * the same thing, and drops filler, pronouns and clichés, adding nothing. {@link #tailor} reorders each role's
 * bullets by how much they show of a job's skills and surfaces the matching skills the resume already has, listing
 * the rest as gaps instead of inventing them. Stateless and thread-safe.
 */
public final class Rewriter {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u25aa\u2013]|\\d+[.)])\\s+(.*)$");
    private static final Map<String, String> HEADINGS = Map.of(
            "summary|profile|about me|objective", "SUMMARY",
            "experience|work experience|employment|work history|professional background|professional experience",
            "EXPERIENCE",
            "education|education and training", "EDUCATION",
            "skills|technical skills|key skills|technologies|tools|competencies", "SKILLS");
    /** Weak openings and the plain verb that says the same thing. */
    private static final String[][] OPENINGS = {
            {"was responsible for managing", "Managed"}, {"responsible for managing", "Managed"},
            {"was responsible for", "Owned"}, {"responsible for", "Owned"}, {"in charge of", "Led"},
            {"helped with", "Supported"}, {"helped to", "Helped"}, {"assisted with", "Supported"},
            {"assisted in", "Supported"}, {"worked on", "Delivered"}, {"was involved in", "Contributed to"},
            {"involved in", "Contributed to"}, {"participated in", "Contributed to"}, {"duties included", "Handled"},
            {"tasked with", "Handled"}, {"i managed", "Managed"}, {"i led", "Led"}, {"i built", "Built"},
            {"i created", "Created"}, {"i helped", "Supported"}};
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:very|really|basically|actually|various|"
            + "successfully|effectively|team player|hard-working|hardworking|detail-oriented|results-driven|"
            + "go-getter|self-starter|synergy|dynamic|passionate)\\b,?\\s*");

    private Rewriter() {
    }

    /**
     * {@return a cleaner version that says nothing the source does not}
     *
     * @param source the resume text
     */
    public static String rewrite(String source) {
        List<String> out = new ArrayList<>();
        boolean lastBlank = false;
        for (String raw : source.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!lastBlank && !out.isEmpty()) {
                    out.add("");
                }
                lastBlank = true;
                continue;
            }
            lastBlank = false;
            String heading = heading(line);
            if (heading != null) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
                out.add(heading);
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            out.add(bullet.matches() ? "- " + strengthen(bullet.group(1)) : tidy(line));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * A tailored resume and what the job asks for that it does not show.
     *
     * @param resume the tailored text
     * @param matchingSkills the job's skills that the resume shows, surfaced first
     * @param gaps the job's must-have skills that the resume does not show
     */
    public record Tailored(String resume, List<String> matchingSkills, List<String> gaps) {
    }

    /**
     * {@return the tailored resume, the matching skills it surfaces, and the gaps}
     *
     * @param source the resume text
     * @param job the opportunity
     * @param highlight skills the person wants first (only those the resume shows are surfaced)
     * @param vocabulary how skills are read
     */
    public static Tailored tailor(String source, Opportunity job, List<String> highlight, SkillVocabulary vocabulary) {
        Set<String> wanted = new LinkedHashSet<>(job.mustHave());
        wanted.addAll(job.niceToHave());
        Set<String> shown = new LinkedHashSet<>(vocabulary.skillsIn(source));
        Set<String> matching = new LinkedHashSet<>();
        for (String skill : highlight) {
            vocabulary.canonical(skill).filter(shown::contains).ifPresent(matching::add);
        }
        wanted.stream().filter(shown::contains).forEach(matching::add);
        List<String> gaps = new ArrayList<>();
        for (String skill : wanted) {
            if (!shown.contains(skill)) {
                gaps.add(skill);
            }
        }
        for (String skill : highlight) {
            String canonical = vocabulary.canonical(skill).orElse(skill.toLowerCase(Locale.ROOT));
            if (!shown.contains(canonical) && !gaps.contains(canonical)) {
                gaps.add(canonical);
            }
        }
        List<String> lines = new ArrayList<>(List.of(rewrite(source).split("\n", -1)));
        reorderBullets(lines, wanted, vocabulary);
        if (!matching.isEmpty()) {
            int at = lines.indexOf("SUMMARY") >= 0 ? endOfSection(lines, lines.indexOf("SUMMARY")) : firstSection(lines);
            List<String> block = List.of("RELEVANT SKILLS FOR " + job.role().toUpperCase(Locale.ROOT),
                    String.join(", ", matching), "");
            lines.addAll(at, block);
        }
        return new Tailored(String.join("\n", lines), List.copyOf(matching), List.copyOf(gaps));
    }

    /** Within each run of bullets, the ones naming more of the job's skills come first (stable otherwise). */
    private static void reorderBullets(List<String> lines, Set<String> wanted, SkillVocabulary vocabulary) {
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("- ")) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && lines.get(i).startsWith("- ")) {
                i++;
            }
            List<String> run = new ArrayList<>(lines.subList(start, i));
            run.sort((a, b) -> Long.compare(relevance(b, wanted, vocabulary), relevance(a, wanted, vocabulary)));
            for (int k = 0; k < run.size(); k++) {
                lines.set(start + k, run.get(k));
            }
        }
    }

    private static long relevance(String bullet, Set<String> wanted, SkillVocabulary vocabulary) {
        return vocabulary.skillsIn(bullet).stream().filter(wanted::contains).count();
    }

    private static int endOfSection(List<String> lines, int heading) {
        int i = heading + 1;
        while (i < lines.size() && !isHeading(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static int firstSection(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isHeading(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isHeading(String line) {
        return HEADINGS.containsValue(line);
    }

    private static String heading(String line) {
        String bare = line.replaceAll("^#++\\s*+", "");
        int end = bare.length();
        while (end > 0 && (bare.charAt(end - 1) == ':' || Character.isWhitespace(bare.charAt(end - 1)))) {
            end--; // not "[:\\s]+$", which tries every colon or blank of a long run as a start
        }
        bare = bare.substring(0, end).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> heading : HEADINGS.entrySet()) {
            if (bare.matches(heading.getKey())) {
                return heading.getValue();
            }
        }
        return null;
    }

    private static String strengthen(String bullet) {
        String text = tidy(bullet);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] opening : OPENINGS) {
            if (lower.startsWith(opening[0] + " ")) {
                text = opening[1] + text.substring(opening[0].length());
                break;
            }
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String tidy(String line) {
        String text = FILLER.matcher(line).replaceAll("");
        text = text.replaceAll("\\bmy\\s+", "").replaceAll("(?i)^i\\s+(?=[a-z]+ed\\b)", "");
        return text.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;])", "$1").strip();
    }
}
