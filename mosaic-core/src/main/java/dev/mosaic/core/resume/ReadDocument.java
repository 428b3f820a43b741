package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.spi.Upload;
import java.util.List;

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
                           ResumeStructure structure, ResumeFeedback feedback) {
    /** Validates and copies. */
    public ReadDocument {
        Checks.present(upload, "upload");
        sections = Checks.list(sections, "sections");
        Checks.present(structure, "structure");
        Checks.present(feedback, "feedback");
    }
}
