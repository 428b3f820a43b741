package dev.mosaic.core.spi;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.coach.Turn;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.resume.ResumeVersion;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default store: everything in memory, per session. Each session's data sits behind its own lock, so sessions
 * never contend with each other.
 */
final class InMemoryStore implements Store {
    private final Map<SessionId, Data> sessions = new ConcurrentHashMap<>();

    private static final class Data {
        Session session;
        final List<Turn> turns = new ArrayList<>();
        List<JobMatch> matches = List.of();
        final List<Application> applications = new ArrayList<>();
        final List<ResumeVersion> versions = new ArrayList<>();

        Data(Session session) {
            this.session = session;
        }
    }

    @Override
    public void createSession(Session session) {
        Checks.present(session, "session");
        if (sessions.putIfAbsent(session.id(), new Data(session)) != null) {
            throw new MosaicException("session_exists", "a session with this id already exists");
        }
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        Data data = sessions.get(id);
        if (data == null) {
            return Optional.empty();
        }
        synchronized (data) {
            return Optional.of(data.session);
        }
    }

    @Override
    public boolean touchSession(SessionId id, Instant expiresAt) {
        Data data = sessions.get(id);
        if (data == null) {
            return false;
        }
        synchronized (data) {
            data.session = new Session(id, data.session.createdAt(), expiresAt);
        }
        return true;
    }

    @Override
    public boolean deleteSession(SessionId id) {
        return sessions.remove(id) != null;
    }

    @Override
    public int deleteExpired(Instant now) {
        int deleted = 0;
        for (Map.Entry<SessionId, Data> entry : sessions.entrySet()) {
            boolean expired;
            synchronized (entry.getValue()) {
                expired = entry.getValue().session.expiredAt(now);
            }
            if (expired && sessions.remove(entry.getKey(), entry.getValue())) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public void appendTurn(SessionId session, Turn turn) {
        Checks.present(turn, "turn");
        Data data = require(session);
        synchronized (data) {
            data.turns.add(turn);
        }
    }

    @Override
    public List<Turn> turns(SessionId session, int limit) {
        Data data = sessions.get(session);
        if (data == null) {
            return List.of();
        }
        synchronized (data) {
            return newestFirst(data.turns, limit);
        }
    }

    @Override
    public void replaceMatches(SessionId session, List<JobMatch> matches) {
        List<JobMatch> copy = Checks.list(matches, "matches");
        Data data = require(session);
        synchronized (data) {
            data.matches = copy;
        }
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        Data data = sessions.get(session);
        if (data == null) {
            return List.of();
        }
        synchronized (data) {
            return data.matches;
        }
    }

    @Override
    public void appendApplication(SessionId session, Application application) {
        Checks.present(application, "application");
        Data data = require(session);
        synchronized (data) {
            data.applications.add(application);
        }
    }

    @Override
    public List<Application> applications(SessionId session) {
        Data data = sessions.get(session);
        if (data == null) {
            return List.of();
        }
        synchronized (data) {
            return List.copyOf(data.applications);
        }
    }

    @Override
    public void addResumeVersion(SessionId session, ResumeVersion version) {
        Checks.present(version, "version");
        Data data = require(session);
        synchronized (data) {
            data.versions.add(version);
        }
    }

    @Override
    public List<ResumeVersion> resumeVersions(SessionId session) {
        Data data = sessions.get(session);
        if (data == null) {
            return List.of();
        }
        synchronized (data) {
            return newestFirst(data.versions, Integer.MAX_VALUE);
        }
    }

    @Override
    public String describe() {
        return "memory";
    }

    private Data require(SessionId session) {
        Data data = sessions.get(Checks.present(session, "session"));
        if (data == null) {
            throw new dev.mosaic.core.NotFoundException("session_not_found", "no such session");
        }
        return data;
    }

    private static <T> List<T> newestFirst(List<T> items, int limit) {
        List<T> out = new ArrayList<>(Math.min(items.size(), Math.max(0, limit)));
        for (int i = items.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(items.get(i));
        }
        return List.copyOf(out);
    }
}
