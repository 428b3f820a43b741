package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.spi.Upload;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded document after it was read.
 *
 * @param upload what was stored (metadata and text)
 * @param wordCount words in the text
 * @param lineCount non-empty lines in the text
 * @param sections the resume sections recognised (contact, summary, experience, education, skills)
 * @param structure the resume read into its parts
 * @param feedback the recruiter and ATS checks on the text
 */
public record ReadDocument(Upload upload, int wordCount, int lineCount, List<String> sections,
                           ReadDocument.Structure structure, ResumeFeedback feedback) {
    /** Validates and copies. */
    public ReadDocument {
        Checks.present(upload, "upload");
        sections = Checks.list(sections, "sections");
        Checks.present(structure, "structure");
        Checks.present(feedback, "feedback");
    }

    /**
     * The parts of a resume read from its text: contact details, summary, experience entries (title, employer, dates
     * and bullets), education lines and skills.
     *
     * @param email the email address, if any
     * @param phone the phone number, if any
     * @param summary the summary section's text (may be empty)
     * @param experience the experience entries, in order
     * @param education the education section's lines
     * @param skills the skills the whole text mentions, canonical names
     */
    public record Structure(Optional<String> email, Optional<String> phone, String summary,
                                  List<Entry> experience, List<String> education, List<String> skills) {
        /**
         * A date range or a year. A month name starts a word and takes its letters without giving them back, so a line of
         * "janjanjan..." is read once, not once per "jan"; lines are read with their blanks folded to one space.
         */
        /**
         * A role held.
         *
         * @param title the job title (the first part of the entry's line)
         * @param employer the employer (the next part), or empty when the line has one part
         * @param dates the dates as written, e.g. {@code 2019-2024}
         * @param bullets the role's bullets
         */
        public record Entry(String title, String employer, String dates, List<String> bullets) {
            /** Validates and copies. */
            public Entry {
                Checks.present(title, "title");
                Checks.present(employer, "employer");
                Checks.present(dates, "dates");
                bullets = Checks.list(bullets, "bullets");
            }
        }

        /** Validates and copies. */
        public Structure {
            Checks.present(email, "email");
            Checks.present(phone, "phone");
            Checks.present(summary, "summary");
            experience = Checks.list(experience, "experience");
            education = Checks.list(education, "education");
            skills = Checks.list(skills, "skills");
        }
    }
}
