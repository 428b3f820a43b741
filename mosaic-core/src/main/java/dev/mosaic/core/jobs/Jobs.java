package dev.mosaic.core.jobs;

import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * Job matching: the opportunities, a person's profile, explained matches and the application pipeline.
 * Thread-safe.
 */
public interface Jobs {
    /** How many matches {@link #refresh} keeps. */
    int MATCH_LIMIT = 20;

    /** {@return every opportunity of the configured source} */
    List<Opportunity> opportunities();

    /**
     * {@return the opportunity, if the source has it}
     *
     * @param jobId an opportunity id
     */
    Optional<Opportunity> find(String jobId);

    /**
     * {@return the skills of Mosaic's vocabulary that a text names (synonyms resolved to one canonical name, longest
     * phrase first: "spring boot" before "spring"), in order of first mention, without repeats}
     *
     * @param text any text, such as a posting or a resume, at most {@value Resumes#MAX_RESUME_LENGTH} characters
     */
    List<String> skillsIn(String text);

    /**
     * {@return what the session's coaching turns and resume texts say about the person}
     *
     * @param session the session
     */
    Profile profile(SessionId session);

    /**
     * Ranks the opportunities for a profile, without storing anything.
     *
     * @param profile the person
     * @param limit the most matches to return
     * @return matches, best first
     */
    List<JobMatch> rank(Profile profile, int limit);

    /**
     * Recomputes and stores the session's matches from its current profile. Applications are kept.
     *
     * @param session the session
     * @return the new matches, best first
     * @throws dev.mosaic.core.NotFoundException with code {@code metrics_not_ready} when nothing is known yet
     */
    List<JobMatch> refresh(SessionId session);

    /**
     * {@return the stored matches, best first}
     *
     * @param session the session
     */
    List<JobMatch> matches(SessionId session);

    /**
     * Moves an application to a status; the history is kept.
     *
     * @param session the session
     * @param jobId one of the session's matched opportunities
     * @param status the new status
     * @param notes the person's notes (may be empty)
     * @return the application as it now stands: its match, this step and the steps before
     * @throws dev.mosaic.core.NotFoundException with code {@code job_match_not_found}
     */
    Tracked apply(SessionId session, String jobId, Application.Status status, String notes);

    /**
     * {@return the session's application pipeline: every job applied to, with its steps, and the matches not applied
     * to yet}
     *
     * @param session the session
     */
    Pipeline status(SessionId session);

    /**
     * {@return every application step, oldest first}
     *
     * @param session the session
     */
    List<Application> applications(SessionId session);

    /**
     * One job in the pipeline.
     *
     * @param jobId the job
     * @param match the job as matched with the session, while it is among the session's matches
     * @param latest the latest step, which says where the application stands
     * @param history every step, oldest first (the latest last)
     */
    record Tracked(String jobId, Optional<JobMatch> match, Application latest, List<Application> history) {
        /** Validates and copies. */
        public Tracked {
            Checks.text(jobId, "jobId");
            Checks.present(match, "match");
            Checks.present(latest, "latest");
            history = Checks.list(history, "history");
        }
    }

    /**
     * Where a session's applications stand.
     *
     * @param applied every job applied to, in the order of its first step
     * @param available the session's matches not applied to yet, best first
     */
    record Pipeline(List<Tracked> applied, List<JobMatch> available) {
        /** Validates and copies. */
        public Pipeline {
            applied = Checks.list(applied, "applied");
            available = Checks.list(available, "available");
        }
    }
}
