package dev.mosaic.examples;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.resume.ReadDocument;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.OpportunitySource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Example (b): check a resume against one job posting from the command line.
 *
 * <pre>java -cp ... dev.mosaic.examples.ResumeJobCheck resume.pdf job.txt</pre>
 *
 * The resume may be PDF, DOCX, TXT or MD; the job is plain text whose first line is the title. Prints the fit score,
 * the job's skills the resume does not show, and the first suggestions. Exits 2 on bad arguments or unreadable files.
 */
public final class ResumeJobCheck {
    private ResumeJobCheck() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** @return the exit status: 0, or 2 for bad arguments */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length != 2) {
            err.println("usage: ResumeJobCheck RESUME_FILE JOB_TEXT_FILE");
            return 2;
        }
        Path resumeFile = Path.of(args[0]);
        Path jobFile = Path.of(args[1]);
        for (Path file : List.of(resumeFile, jobFile)) {
            if (!Files.isReadable(file)) {
                err.println("ResumeJobCheck: cannot read " + file);
                return 2;
            }
        }
        String posting = Files.readString(jobFile, StandardCharsets.UTF_8);
        List<String> asked;
        try (Mosaic reader = Mosaic.builder().build()) {
            asked = reader.jobs().skillsIn(posting);
        }
        Opportunity job = postingFrom(posting, asked);

        // The posting becomes this Mosaic's only opportunity, so fit and keyword coverage are measured against it.
        Mosaic mosaic = Mosaic.builder().opportunities(new OpportunitySource() {
            @Override
            public String name() {
                return "command-line";
            }

            @Override
            public List<Opportunity> load() {
                return List.of(job);
            }
        }).build();
        SessionId session = mosaic.sessions().create().id();
        ReadDocument resume = mosaic.resumes().upload(session, resumeFile.getFileName().toString(),
                Files.readAllBytes(resumeFile));
        JobMatch match = mosaic.jobs().refresh(session).get(0);
        ResumeFeedback feedback = mosaic.resumes().feedback(session, resume.upload().text(), job.jobId());

        out.println("job: " + job.role() + " (" + job.mustHave().size() + " skills asked for)");
        out.println("fit: " + match.fitScore() + "/100");
        out.println("resume score: " + feedback.score() + "/100");
        out.println("missing keywords: " + (match.missingSkills().isEmpty() ? "none"
                : String.join(", ", match.missingSkills())));
        out.println("top suggestions:");
        for (ResumeFeedback.Suggestion suggestion : feedback.suggestions().subList(0, Math.min(5, feedback.suggestions().size()))) {
            out.println("- " + (suggestion.line() > 0 ? "line " + suggestion.line() + ": " : "")
                    + suggestion.message());
        }
        return 0;
    }

    /** A posting from plain text: the first line is the title, the skills are those Mosaic's vocabulary found. */
    static Opportunity postingFrom(String text, List<String> skills) {
        String title = text.strip().lines().findFirst().orElse("Job").strip();
        return Opportunity.builder().jobId("job-1").role(title).company("the employer").location("unknown")
                .description(text).mustHave(skills).seniority(Opportunity.Seniority.MID).source("command-line").build();
    }
}
