package dev.mosaic.core.internal.store;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
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
public final class InMemoryStore implements Store {
    private final Map<SessionId, Data> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /** Every call, with the session it served, so that erasing a session also erases its usage. */
    private final List<LedgerEntry> ledger = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record LedgerEntry(Optional<SessionId> owner, ChatModel.Usage record) {
    }

    private static final class Data {
        Session session;
        final List<Coach.Turn> turns = new ArrayList<>();
        List<JobMatch> matches = List.of();
        final List<Application> applications = new ArrayList<>();
        final List<Resumes.Version> versions = new ArrayList<>();
        final List<Upload> uploads = new ArrayList<>();
        final Map<String, byte[]> contents = new java.util.HashMap<>();
        final List<ChatModel.Usage> usage = new ArrayList<>();

        Data(Session session) {
            this.session = session;
        }
    }

    @Override
    public void createSession(Session session) {
        checkOpen();
        Checks.present(session, "session");
        if (sessions.putIfAbsent(session.id(), new Data(session)) != null) {
            throw new MosaicException(MosaicException.Code.SESSION_EXISTS, "a session with this id already exists");
        }
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        checkOpen();
        return read(id, d -> Optional.of(d.session), Optional.empty());
    }

    @Override
    public Optional<Session> touchSession(SessionId id, Instant now, Instant expiresAt) {
        checkOpen();
        Data data = sessions.get(id);
        if (data == null) {
            checkOpen(); // see require
            return Optional.empty();
        }
        synchronized (data) {
            if (data.session.expiredAt(now)) {
                return Optional.empty();
            }
            data.session = new Session(id, data.session.createdAt(), expiresAt);
            return Optional.of(data.session);
        }
    }

    @Override
    public boolean deleteSession(SessionId id) {
        checkOpen();
        Data removed = sessions.remove(id);
        if (removed == null) {
            return false;
        }
        forgetUsage(id);
        return true;
    }

    private void forgetUsage(SessionId id) {
        Optional<SessionId> owner = Optional.of(id);
        ledger.removeIf(entry -> entry.owner().equals(owner));
    }

    @Override
    public int deleteExpired(Instant now) {
        checkOpen();
        int deleted = 0;
        for (Map.Entry<SessionId, Data> entry : sessions.entrySet()) {
            boolean expired;
            synchronized (entry.getValue()) {
                expired = entry.getValue().session.expiredAt(now);
            }
            if (expired && sessions.remove(entry.getKey(), entry.getValue())) {
                forgetUsage(entry.getKey());
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public boolean appendTurn(SessionId session, Coach.Turn turn) {
        checkOpen();
        Checks.present(turn, "turn");
        Data data = require(session);
        synchronized (data) {
            // Kept in number order; the next number goes at the end, the usual case, without a search.
            List<Coach.Turn> turns = data.turns;
            if (turns.isEmpty() || turns.get(turns.size() - 1).number() < turn.number()) {
                turns.add(turn);
                return true;
            }
            int low = 0;
            int high = turns.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int number = turns.get(middle).number();
                if (number == turn.number()) {
                    return false;
                }
                if (number < turn.number()) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            turns.add(low, turn);
            return true;
        }
    }

    @Override
    public List<Coach.Turn> turns(SessionId session, int limit) {
        checkOpen();
        return read(session, d -> newestFirst(d.turns, limit), List.of());
    }

    @Override
    public List<Coach.Fact> facts(SessionId session) {
        checkOpen();
        return read(session, d -> d.turns.stream().flatMap(t -> t.facts().stream()).toList(), List.of());
    }

    @Override
    public boolean replaceFacts(SessionId session, int turn, List<Coach.Fact> facts) {
        checkOpen();
        List<Coach.Fact> copy = Checks.list(facts, "facts");
        Data data = require(session);
        synchronized (data) {
            for (int i = 0; i < data.turns.size(); i++) {
                Coach.Turn t = data.turns.get(i);
                if (t.number() == turn) {
                    data.turns.set(i, new Coach.Turn(t.number(), t.prompt(), t.response(), t.metrics(), t.source(),
                            t.matchId(), t.matchTag(), t.care(), t.guided(), t.createdAt(), t.nextStep(), copy));
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void replaceMatches(SessionId session, List<JobMatch> matches) {
        checkOpen();
        List<JobMatch> copy = Checks.list(matches, "matches");
        Data data = require(session);
        synchronized (data) {
            data.matches = copy;
        }
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        checkOpen();
        return read(session, d -> d.matches, List.of());
    }

    @Override
    public void appendApplication(SessionId session, Application application) {
        checkOpen();
        Checks.present(application, "application");
        Data data = require(session);
        synchronized (data) {
            data.applications.add(application);
        }
    }

    @Override
    public List<Application> applications(SessionId session) {
        checkOpen();
        return read(session, d -> List.copyOf(d.applications), List.of());
    }

    @Override
    public void addResumeVersion(SessionId session, Resumes.Version version) {
        checkOpen();
        Checks.present(version, "version");
        Data data = require(session);
        synchronized (data) {
            data.versions.add(version);
        }
    }

    @Override
    public List<Resumes.Version> resumeVersions(SessionId session) {
        checkOpen();
        return read(session, d -> newestFirst(d.versions, Integer.MAX_VALUE), List.of());
    }

    @Override
    public void addUpload(SessionId session, Upload upload, byte[] content) {
        checkOpen();
        Checks.present(upload, "upload");
        byte[] copy = Checks.present(content, "content").clone();
        Data data = require(session);
        synchronized (data) {
            data.uploads.add(upload);
            data.contents.put(upload.id(), copy);
        }
    }

    @Override
    public List<Upload> uploads(SessionId session) {
        checkOpen();
        return read(session, d -> newestFirst(d.uploads, Integer.MAX_VALUE), List.of());
    }

    @Override
    public Optional<byte[]> uploadContent(SessionId session, String uploadId) {
        checkOpen();
        return read(session, d -> Optional.ofNullable(d.contents.get(uploadId)).map(byte[]::clone),
                Optional.empty());
    }

    @Override
    public void recordUsage(SessionId session, ChatModel.Usage record) {
        checkOpen();
        record(Optional.of(Checks.present(session, "session")), record);
    }

    @Override
    public void recordUsage(ChatModel.Usage record) {
        checkOpen();
        record(Optional.empty(), record);
    }

    private void record(Optional<SessionId> session, ChatModel.Usage record) {
        Checks.present(record, "record");
        if (session.isPresent()) {
            Data data = require(session.get());
            synchronized (data) {
                data.usage.add(record);
            }
        }
        ledger.add(new LedgerEntry(session, record));
    }

    @Override
    public List<ChatModel.Usage> usage(SessionId session) {
        checkOpen();
        return read(session, d -> List.copyOf(d.usage), List.of());
    }

    @Override
    public long costSince(Instant since) {
        checkOpen();
        long total = 0;
        for (LedgerEntry entry : ledger) {
            if (!entry.record().at().isBefore(since)) {
                total += entry.record().costMicros();
            }
        }
        return total;
    }

    @Override
    public int schemaVersion() {
        checkOpen();
        return 0;
    }

    @Override
    public void ping() {
        checkOpen();
        // always reachable
    }

    @Override
    public Optional<Store.Totals> totals() {
        checkOpen();
        long stored = 0;
        for (SessionId id : sessions.keySet()) {
            stored += footprint(id).storedBytes();
        }
        return Optional.of(new Store.Totals(sessions.size(), stored));
    }

    /**
     * After this, every call fails with code {@code closed}, as a database store does: data held here is dropped.
     */
    @Override
    public void close() {
        closed = true;
        sessions.clear();
        ledger.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw new dev.mosaic.core.MosaicException(dev.mosaic.core.MosaicException.Code.CLOSED, "the store is closed");
        }
    }

    @Override
    public String describe() {
        return "memory";
    }

    /** Reads one session's data under its lock; an unknown session reads as {@code empty}. */
    private <T> T read(SessionId session, java.util.function.Function<Data, T> reader, T empty) {
        Data data = sessions.get(session);
        if (data == null) {
            checkOpen(); // see require
            return empty;
        }
        synchronized (data) {
            return reader.apply(data);
        }
    }

    private Data require(SessionId session) {
        Data data = sessions.get(Checks.present(session, "session"));
        if (data == null) {
            checkOpen(); // a close that came after this call's first check empties the map: say closed, not missing
            throw new dev.mosaic.core.NotFoundException(dev.mosaic.core.MosaicException.Code.SESSION_NOT_FOUND, "no such session");
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
