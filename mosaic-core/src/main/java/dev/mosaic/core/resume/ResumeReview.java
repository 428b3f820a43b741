package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recruiter and ATS checks behind resume feedback: contact details, the main sections, length, bullets that
 * start with an action verb and bullets with a measurable result. Stateless and thread-safe.
 */
public final class ResumeReview {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{7,}\\d");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*\u2022\u25aa\u2013]|\\d+[.)])\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d|%|\\$|\u20ac|\u00a3");
    private static final Set<String> ACTION_VERBS = Set.of(
            "achieved", "analysed", "analyzed", "automated", "built", "coached", "created", "cut", "delivered",
            "designed", "developed", "drove", "grew", "improved", "increased", "launched", "led", "managed",
            "mentored", "negotiated", "organised", "organized", "planned", "reduced", "resolved", "saved", "shipped",
            "streamlined", "taught", "trained", "won", "wrote", "implemented", "migrated", "owned", "ran", "sold",
            "supported", "coordinated", "established", "founded", "produced", "raised", "redesigned", "scaled");
    private static final String[][] SECTIONS = {
            {"experience", "experience|employment|work history|professional background"},
            {"education", "education|degree|university|college|school"},
            {"skills", "skills|technologies|tools|competencies"},
    };

    private ResumeReview() {
    }

    /** A phone number has 9 to 15 digits; a date range such as 2019-2024 (8 digits) is not one. */
    private static boolean hasPhoneNumber(String text) {
        var matcher = PHONE.matcher(text);
        while (matcher.find()) {
            long digits = matcher.group().chars().filter(Character::isDigit).count();
            if (digits >= 9 && digits <= 15) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param resume the resume text
     * @return the sections found: contact, and those of experience, education and skills that have a heading
     */
    public static List<String> sections(String resume) {
        List<String> found = new ArrayList<>();
        if (EMAIL.matcher(resume).find() || hasPhoneNumber(resume)) {
            found.add("contact");
        }
        String lower = resume.toLowerCase(Locale.ROOT);
        if (Pattern.compile("(?m)^\\s*#*\\s*(summary|profile|about me|objective)\\b").matcher(lower).find()) {
            found.add("summary");
        }
        for (String[] section : SECTIONS) {
            if (Pattern.compile("(?m)^\\s*#*\\s*(" + section[1] + ")\\b").matcher(lower).find()) {
                found.add(section[0]);
            }
        }
        return found;
    }

    /**
     * @param resume the resume text
     * @return feedback with a suggestion per failed check, each naming its line
     */
    public static ResumeFeedback review(String resume) {
        Checks.present(resume, "resume");
        String[] lines = resume.split("\\R", -1);
        int words = (int) WORD.matcher(resume).results().count();
        int nonEmpty = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                nonEmpty++;
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        int checks = 0;
        int passed = 0;

        checks++;
        if (EMAIL.matcher(resume).find()) {
            passed++;
        } else {
            suggestions.add(new Suggestion("contact.email", 1, "Add an email address in the header, near your name."));
        }
        checks++;
        if (hasPhoneNumber(resume)) {
            passed++;
        } else {
            suggestions.add(new Suggestion("contact.phone", 1, "Add a phone number so a recruiter can call you."));
        }
        String lower = resume.toLowerCase(Locale.ROOT);
        for (String[] section : SECTIONS) {
            checks++;
            if (Pattern.compile("(?m)^\\s*#*\\s*(" + section[1] + ")\\b").matcher(lower).find()) {
                passed++;
            } else {
                suggestions.add(new Suggestion("section." + section[0], 0, "Add a clearly headed "
                        + section[0].toUpperCase(Locale.ROOT) + " section; ATS parsers look for it by name."));
            }
        }
        checks++;
        if (words >= 150 && words <= 900) {
            passed++;
        } else {
            suggestions.add(new Suggestion("length", 0, words < 150
                    ? "At " + words + " words the resume is thin: describe your last two roles with 3-5 results each."
                    : "At " + words + " words the resume is long: keep it to about two pages (under 900 words)."));
        }
        for (int i = 0; i < lines.length; i++) {
            var bullet = BULLET.matcher(lines[i]);
            if (!bullet.matches()) {
                continue;
            }
            String body = bullet.group(2).strip();
            String first = body.isEmpty() ? "" : body.split("\\s+")[0].toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z]", "");
            checks++;
            if (ACTION_VERBS.contains(first)) {
                passed++;
            } else {
                suggestions.add(new Suggestion("bullet.action_verb", i + 1, "Start this bullet with a strong verb "
                        + "(led, built, reduced...) instead of '" + (first.isEmpty() ? body : first) + "'."));
            }
            checks++;
            if (NUMBER.matcher(body).find()) {
                passed++;
            } else {
                suggestions.add(new Suggestion("bullet.measurable", i + 1,
                        "Add a measurable result to this bullet: a number, percentage, amount or time saved."));
            }
        }
        int score = checks == 0 ? 0 : Math.round(100f * passed / checks);
        suggestions.sort(java.util.Comparator.comparingInt(Suggestion::line));
        return new ResumeFeedback(words, nonEmpty, score, suggestions);
    }
}
