package dev.mosaic.core.internal.jobs;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.internal.jobs.JobMatcher;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Jobs;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.session.Sessions;
import dev.mosaic.core.spi.OpportunitySource;
import dev.mosaic.core.spi.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Job matching over the configured opportunity source, loaded once at build time. */
public final class CatalogJobs implements Jobs {
    private static final int TURNS_FOR_PROFILE = 100;
    /** Uploads, and resume versions, the profile reads: the newest ones. */
    private static final int DOCUMENTS_FOR_PROFILE = 3;
    private static final int MAX_MEMOS = 10_000;

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;
    private final JobMatcher matcher;
    private final java.util.Map<SessionId, ProfileMemo> profiles = new java.util.concurrent.ConcurrentHashMap<>();

    public CatalogJobs(Store store, Sessions sessions, OpportunitySource source, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.matcher = JobMatcher.of(source.load());
    }

    @Override
    public List<Opportunity> opportunities() {
        return matcher.opportunities();
    }

    @Override
    public Optional<Opportunity> find(String jobId) {
        Checks.present(jobId, "jobId");
        return matcher.opportunities().stream().filter(o -> o.jobId().equals(jobId)).findFirst();
    }

    @Override
    public List<String> skillsIn(String text) {
        Checks.present(text, "text");
        if (text.length() > Resumes.MAX_RESUME_LENGTH) {
            throw new InvalidInputException("text", "must be at most " + Resumes.MAX_RESUME_LENGTH
                    + " characters, was " + text.length());
        }
        return SkillVocabulary.bundled().skillsIn(text);
    }

    @Override
    public Profile profile(SessionId session) {
        Checks.present(session, "session");
        sessions.require(session);
        return profileOf(session);
    }

    /** The profile of a session the caller has looked up already. */
    public Profile profileOf(SessionId session) {
        // The newest documents only (older resume versions are mostly earlier drafts of the same text), and the
        // profile is worked out again only when they or the conversation changed (issue 16, W3: 2.5 s per read).
        List<dev.mosaic.core.spi.Upload> uploads = store.uploads(session).stream().limit(DOCUMENTS_FOR_PROFILE)
                .toList();
        List<Resumes.Version> versions = store.resumeVersions(session).stream().limit(DOCUMENTS_FOR_PROFILE).toList();
        List<Coach.Turn> turns = store.turns(session, TURNS_FOR_PROFILE).stream().filter(turn -> turn.source().coaching())
                .toList();
        StringBuilder key = new StringBuilder();
        uploads.forEach(upload -> key.append(upload.id()).append(' '));
        versions.forEach(version -> key.append(version.id()).append(' '));
        key.append(turns.size()).append(' ').append(turns.isEmpty() ? "" : turns.get(0).createdAt() + " "
                + turns.get(0).prompt().hashCode());
        List<Coach.Fact> facts = dev.mosaic.core.internal.thread.ThreadState.of(store.facts(session)).facts();
        key.append(' ').append(facts.hashCode());
        ProfileMemo memo = profiles.get(session);
        if (memo != null && memo.key().equals(key.toString())) {
            return memo.profile();
        }
        List<String> texts = new ArrayList<>();
        uploads.forEach(upload -> texts.add(upload.text()));
        versions.forEach(version -> texts.add(version.content()));
        turns.forEach(turn -> texts.add(turn.prompt()));
        Profile profile = withThread(matcher.profileFrom(texts), facts);
        if (profiles.size() >= MAX_MEMOS) {
            profiles.clear();
        }
        profiles.put(session, new ProfileMemo(key.toString(), profile));
        return profile;
    }

    /**
     * What the conversation said outright comes first: the role the person wants leads the titles, and the place and
     * years they gave stand when the text alone named none (a forgotten fact no longer counts).
     */
    private Profile withThread(Profile read, List<Coach.Fact> facts) {
        List<String> titles = new ArrayList<>();
        Optional<String> location = read.location();
        boolean remote = read.prefersRemote();
        Optional<Opportunity.Seniority> seniority = read.seniority();
        for (Coach.Fact fact : facts) {
            switch (fact.kind()) {
                case TARGET_ROLE -> titles.addAll(matcher.profileFrom(List.of(fact.value())).targetRoles());
                case PLACE -> {
                    if (fact.value().equals("remote")) {
                        remote = true;
                    } else if (location.isEmpty()) {
                        location = Optional.of(fact.value().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                case YEARS -> {
                    if (seniority.isEmpty()) {
                        int years = Integer.parseInt(fact.value());
                        seniority = Optional.of(years >= 8 ? Opportunity.Seniority.SENIOR : years >= 3
                                ? Opportunity.Seniority.MID : Opportunity.Seniority.ENTRY);
                    }
                }
                default -> {
                }
            }
        }
        if (titles.isEmpty() && location.equals(read.location()) && remote == read.prefersRemote()
                && seniority.equals(read.seniority())) {
            return read;
        }
        for (String title : read.targetRoles()) {
            if (!titles.contains(title)) {
                titles.add(title);
            }
        }
        return new Profile(read.skills(), titles, seniority, location, remote, read.values());
    }

    /** Drops what was worked out from an erased session's documents and conversation. */
    public void forget(SessionId session) {
        profiles.remove(session);
    }

    /** Drops what was worked out for sessions that no longer exist (after the retention sweep). */
    public void forgetGone() {
        profiles.keySet().removeIf(session -> store.findSession(session).isEmpty());
    }

    /** A session's profile and what it was worked out from. */
    private record ProfileMemo(String key, Profile profile) {
    }

    @Override
    public List<JobMatch> rank(Profile profile, int limit) {
        Checks.present(profile, "profile");
        Checks.range(limit, 0, Integer.MAX_VALUE, "limit");
        return matcher.rank(profile, limit);
    }

    @Override
    public List<JobMatch> refresh(SessionId session) {
        Checks.present(session, "session");
        Profile profile = profile(session);
        if (profile.isEmpty()) {
            throw new NotFoundException(MosaicException.Code.METRICS_NOT_READY,
                    "nothing is known about this person yet: chat with the coach or share a resume first");
        }
        List<JobMatch> matches = matcher.rank(profile, MATCH_LIMIT);
        store.replaceMatches(session, matches);
        return matches;
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        Checks.present(session, "session");
        sessions.require(session);
        return store.matches(session);
    }

    @Override
    public Jobs.Tracked apply(SessionId session, String jobId, Application.Status status, String notes) {
        Checks.present(session, "session");
        Checks.text(jobId, "jobId");
        Checks.present(status, "status");
        Checks.present(notes, "notes");
        sessions.require(session);
        JobMatch matched = store.matches(session).stream().filter(m -> m.opportunity().jobId().equals(jobId))
                .findFirst().orElseThrow(() -> new NotFoundException(MosaicException.Code.JOB_MATCH_NOT_FOUND,
                        "job " + jobId + " is not among this session's matches"));
        Application step = new Application(jobId, status, notes, clock.instant());
        store.appendApplication(session, step);
        List<Application> history = store.applications(session).stream().filter(a -> a.jobId().equals(jobId))
                .toList();
        return new Jobs.Tracked(jobId, Optional.of(matched), step, history);
    }

    @Override
    public Jobs.Pipeline status(SessionId session) {
        Checks.present(session, "session");
        sessions.require(session);
        List<JobMatch> matches = store.matches(session);
        Map<String, List<Application>> byJob = new LinkedHashMap<>();
        for (Application step : store.applications(session)) {
            byJob.computeIfAbsent(step.jobId(), k -> new ArrayList<>()).add(step);
        }
        List<Jobs.Tracked> applied = new ArrayList<>();
        byJob.forEach((job, steps) -> applied.add(new Jobs.Tracked(job, matches.stream()
                .filter(m -> m.opportunity().jobId().equals(job)).findFirst(), steps.get(steps.size() - 1), steps)));
        List<JobMatch> available = matches.stream().filter(m -> !byJob.containsKey(m.opportunity().jobId())).toList();
        return new Jobs.Pipeline(applied, available);
    }

    @Override
    public List<Application> applications(SessionId session) {
        Checks.present(session, "session");
        sessions.require(session);
        return store.applications(session);
    }
}
