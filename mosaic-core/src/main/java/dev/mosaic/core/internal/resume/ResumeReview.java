package dev.mosaic.core.internal.resume;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.resume.ResumeFeedback;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a recruiter and an ATS make, as mechanical rules with stable ids (each suggestion names its rule, its
 * line, and a concrete fix):
 * <ul>
 * <li>document: {@code contact.email}, {@code contact.phone}, {@code section.summary}, {@code section.experience},
 * {@code section.education}, {@code section.skills}, {@code length.short} (under 150 words), {@code length.long}
 * (over 900), {@code dates.missing} (no year anywhere);</li>
 * <li>bullets ({@code -}, {@code *} or {@code •} lines): {@code bullet.action_verb} (not started by a strong verb),
 * {@code bullet.measurable} (no number, %, or currency);</li>
 * <li>any line: {@code passive_voice} (a be-verb, a participle, then "by"), {@code cliche} (team player,
 * results-driven...), {@code first_person} (I, me, my);</li>
 * <li>with a job: {@code keywords.missing}, the job's keywords the resume never mentions.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ResumeReview {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*\u2022]\\s+(.*)$");
    private static final Pattern MEASURE = Pattern.compile("[\\d%$\u20ac\u00a3]");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern CLICHE = Pattern.compile("team player|hard-working|hardworking|detail-oriented|"
            + "results-driven|go-getter|think outside the box|synergy|self-starter|proven track record|"
            + "excellent communication skills|dynamic|passionate", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b|\\b(?i:me|my)\\b");
    static final Set<String> ACTION_VERBS = Set.of(
            "achieved", "analysed", "analyzed", "automated", "built", "coached", "created", "cut", "delivered",
            "designed", "developed", "drove", "grew", "improved", "increased", "launched", "led", "managed",
            "mentored", "negotiated", "organised", "organized", "planned", "reduced", "resolved", "saved", "shipped",
            "streamlined", "taught", "trained", "won", "wrote", "implemented", "migrated", "owned", "ran", "sold",
            "supported", "coordinated", "established", "founded", "produced", "raised", "redesigned", "scaled");
    private static final String[][] SECTIONS = {
            {"summary", "summary|profile|about me|objective"},
            {"experience", "experience|employment|work history|professional background"},
            {"education", "education|degree|university|college|school"},
            {"skills", "skills|technologies|tools|competencies"},
    };
    private static final Map<String, Pattern> SECTION_HEADINGS = headings();

    private ResumeReview() {
    }

    /**
     * {@return feedback with a suggestion per finding, each naming its rule and line}
     *
     * @param resume the resume text
     */
    public static ResumeFeedback review(String resume) {
        return review(resume, List.of());
    }

    /**
     * {@return feedback with a suggestion per finding, and keyword coverage when a job was given}
     *
     * @param resume the resume text
     * @param jobKeywords the skills or keywords of a target job (lowercase); empty for none
     */
    public static ResumeFeedback review(String resume, List<String> jobKeywords) {
        Checks.present(resume, "resume");
        String[] lines = resume.split("\\R", -1);
        int words = (int) WORD.matcher(resume).results().count();
        int nonEmpty = (int) java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        List<ResumeFeedback.Suggestion> found = new ArrayList<>();
        Map<String, Integer> parts = new LinkedHashMap<>();

        int contact = 0;
        if (ResumeText.EMAIL.matcher(resume).find()) {
            contact++;
        } else {
            found.add(new ResumeFeedback.Suggestion("contact.email", 0, "Add an email address in the header, next to your name."));
        }
        if (ResumeText.firstPhone(resume).isPresent()) {
            contact++;
        } else {
            found.add(new ResumeFeedback.Suggestion("contact.phone", 0, "Add a phone number so a recruiter can call you."));
        }
        parts.put("contact", contact * 50);

        int sections = 0;
        for (String[] section : SECTIONS) {
            if (SECTION_HEADINGS.get(section[0]).matcher(resume.toLowerCase(Locale.ROOT)).find()) {
                sections++;
            } else {
                found.add(new ResumeFeedback.Suggestion("section." + section[0], 0, "Add a clearly headed "
                        + section[0].toUpperCase(Locale.ROOT) + " section; ATS parsers look for it by name."));
            }
        }
        parts.put("sections", sections * 25);

        int lengthScore = 100;
        if (words < 150) {
            found.add(new ResumeFeedback.Suggestion("length.short", 0, "At " + words + " words the resume is thin: describe your "
                    + "last two roles with 3-5 results each."));
            lengthScore = words * 100 / 150;
        } else if (words > 900) {
            found.add(new ResumeFeedback.Suggestion("length.long", 0, "At " + words + " words the resume is long: cut it to about "
                    + "two pages (under 900 words), keeping the results of the last ten years."));
            lengthScore = Math.max(0, 100 - (words - 900) / 10);
        }
        if (!YEAR.matcher(resume).find()) {
            found.add(new ResumeFeedback.Suggestion("dates.missing", 0, "Give each role its years (for example 2021-2024): "
                    + "recruiters and ATS filters read dates."));
            lengthScore = lengthScore / 2;
        }
        parts.put("length_and_dates", lengthScore);

        int bullets = 0;
        int strongBullets = 0;
        int cleanLines = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                bullets++;
                String body = bullet.group(1).strip();
                String first = body.isEmpty() ? "" : body.split("\\s+")[0].toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z]", "");
                boolean strong = ACTION_VERBS.contains(first);
                boolean measured = MEASURE.matcher(body).find();
                if (!strong) {
                    found.add(new ResumeFeedback.Suggestion("bullet.action_verb", number, "Start with a strong verb (led, built, "
                            + "reduced...) instead of '" + (first.isEmpty() ? body : first) + "'."));
                }
                if (!measured) {
                    found.add(new ResumeFeedback.Suggestion("bullet.measurable", number, "Add a measurable result: a number, "
                            + "percentage, amount or time saved."));
                }
                strongBullets += strong && measured ? 1 : 0;
            }
            boolean clean = true;
            if (ResumeText.passiveWithAgent(line)) {
                found.add(new ResumeFeedback.Suggestion("passive_voice", number, "Say who did it, in the active voice: 'I prepared "
                        + "the reports' becomes 'Prepared 12 monthly reports'."));
                clean = false;
            }
            if (CLICHE.matcher(line).find()) {
                found.add(new ResumeFeedback.Suggestion("cliche", number, "Replace the cliché with evidence: a result that shows it."));
                clean = false;
            }
            if (FIRST_PERSON.matcher(line).find()) {
                found.add(new ResumeFeedback.Suggestion("first_person", number, "Drop 'I', 'me' and 'my': resumes are written "
                        + "without pronouns."));
                clean = false;
            }
            cleanLines += !line.isBlank() && clean ? 1 : 0;
        }
        parts.put("bullets", bullets == 0 ? 0 : strongBullets * 100 / bullets);
        parts.put("language", nonEmpty == 0 ? 0 : cleanLines * 100 / nonEmpty);

        if (!jobKeywords.isEmpty()) {
            String lower = " " + resume.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#./-]+", " ") + " ";
            List<String> missing = jobKeywords.stream()
                    .filter(k -> !lower.contains(" " + k.toLowerCase(Locale.ROOT) + " ")).toList();
            if (!missing.isEmpty()) {
                found.add(new ResumeFeedback.Suggestion("keywords.missing", 0, "The job asks for " + String.join(", ", missing)
                        + ": if you have them, say where you used them."));
            }
            parts.put("keywords", (jobKeywords.size() - missing.size()) * 100 / jobKeywords.size());
        }
        int score = (int) Math.round(parts.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        found.sort(Comparator.comparingInt(ResumeFeedback.Suggestion::line));
        return new ResumeFeedback(words, nonEmpty, score, found, parts);
    }

    /**
     * {@return the sections found: contact, then those with a heading (summary, experience, education, skills)}
     *
     * @param resume the resume text
     */
    public static List<String> sections(String resume) {
        List<String> found = new ArrayList<>();
        if (ResumeText.EMAIL.matcher(resume).find() || ResumeText.firstPhone(resume).isPresent()) {
            found.add("contact");
        }
        String lower = resume.toLowerCase(Locale.ROOT);
        SECTION_HEADINGS.forEach((name, heading) -> {
            if (heading.matcher(lower).find()) {
                found.add(name);
            }
        });
        return found;
    }

    private static Map<String, Pattern> headings() {
        Map<String, Pattern> headings = new LinkedHashMap<>();
        for (String[] section : SECTIONS) {
            // Leading blanks of the heading's own line only, never given back: "\\s*" would run on across every
            // blank line below each line start, and split a run of blanks two ways (cubic on a text of newlines).
            headings.put(section[0], Pattern.compile("(?m)^[ \\t]*+#*+[ \\t]*+(?:" + section[1] + ")\\b"));
        }
        return headings;
    }
}
