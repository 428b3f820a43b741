package dev.mosaic.core.internal.resume;

import dev.mosaic.core.internal.jobs.SkillVocabulary;
import dev.mosaic.core.resume.ReadDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a resume's parts (contact, summary, experience, education, skills) from its text. Thread-safe. */
public final class StructureReader {
    private static final Pattern DATES = Pattern.compile("(?i)((?:(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*+\\.? )?(?:19|20)\\d\\d)\\s*+(?:-|\u2013|\u2014|to)\\s*+((?:(?<![a-z])(?:jan|feb|"
            + "mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\\.? )?(?:(?:19|20)\\d\\d)|present|current|now|today)"
            + "|\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*\u2022]\\s+(.*)$");
    private static final Pattern BLANKS = Pattern.compile("\\s++");
    private static final Pattern HEADING = Pattern.compile("(?i)^#*+\\s*+(summary|profile|about me|objective|"
            + "experience|work experience|professional experience|employment|work history|professional background|"
            + "education|skills|technical skills|key skills|technologies|tools|competencies|certifications|"
            + "projects|languages|volunteering|interests)\\b.{0,30}$");

    private StructureReader() {
    }

    /**
     * {@return its structure (parts it cannot find are empty)}
     *
     * @param text a resume's text
     * @param vocabulary how skills are read
     */
    public static ReadDocument.Structure read(String text, SkillVocabulary vocabulary) {
        Matcher email = ResumeText.EMAIL.matcher(text);
        Optional<String> phone = ResumeText.firstPhone(text);
        StringBuilder summary = new StringBuilder();
        List<ReadDocument.Structure.Entry> experience = new ArrayList<>();
        List<String> education = new ArrayList<>();
        String section = "";
        String title = null;
        String employer = "";
        String dates = "";
        List<String> bullets = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = BLANKS.matcher(raw.strip()).replaceAll(" ");
            if (line.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1).toLowerCase(Locale.ROOT);
                continue;
            }
            boolean inExperience = section.contains("experience") || section.equals("employment")
                    || section.equals("work history") || section.equals("professional background");
            Matcher bullet = BULLET.matcher(line);
            if (inExperience && bullet.matches()) {
                bullets.add(bullet.group(1).strip());
            } else if (inExperience) {
                Matcher date = DATES.matcher(line);
                if (date.find() || title == null) {
                    if (title != null) {
                        experience.add(new ReadDocument.Structure.Entry(title, employer, dates, bullets));
                    }
                    String head = date.find(0) ? (line.substring(0, date.start()) + line.substring(date.end()))
                            : line;
                    String[] parts = head.replaceAll("[()|\u2013\u2014]", ",").split("\\s*,\\s*|\\s+-\\s+|\\s+at\\s+");
                    List<String> named = new ArrayList<>();
                    for (String part : parts) {
                        if (!part.isBlank()) {
                            named.add(part.strip());
                        }
                    }
                    title = named.isEmpty() ? line : named.get(0);
                    employer = named.size() > 1 ? named.get(1) : "";
                    dates = date.find(0) ? date.group().strip() : "";
                    bullets = new ArrayList<>();
                }
            } else if (section.equals("education")) {
                education.add(line);
            } else if (section.equals("summary") || section.equals("profile") || section.equals("about me")
                    || section.equals("objective")) {
                summary.append(summary.length() > 0 ? " " : "").append(line);
            }
        }
        if (title != null) {
            experience.add(new ReadDocument.Structure.Entry(title, employer, dates, bullets));
        }
        return new ReadDocument.Structure(email.find() ? Optional.of(email.group()) : Optional.empty(), phone,
                summary.toString(), experience, education, vocabulary.skillsIn(text));
    }
}
