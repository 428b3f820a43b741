package dev.mosaic.server;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A store that times every call into {@link ServerMetrics} ({@code mosaic_store_operation_seconds}, by operation),
 * for operators who want to see the database's latency. Behaves exactly as the store it wraps; thread-safe as it is.
 */
final class TimedStore implements Store {
    private final Store store;
    private final ServerMetrics metrics;

    TimedStore(Store store, ServerMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            metrics.storeOperation(operation, System.nanoTime() - started);
        }
    }

    private void timed(String operation, Runnable call) {
        timed(operation, () -> {
            call.run();
            return null;
        });
    }

    @Override
    public void createSession(Session session) {
        timed("create_session", () -> store.createSession(session));
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        return timed("find_session", () -> store.findSession(id));
    }

    @Override
    public Optional<Session> touchSession(SessionId id, Instant now, Instant expiresAt) {
        return timed("touch_session", () -> store.touchSession(id, now, expiresAt));
    }

    @Override
    public boolean deleteSession(SessionId id) {
        return timed("delete_session", () -> store.deleteSession(id));
    }

    @Override
    public int deleteExpired(Instant now) {
        return timed("delete_expired", () -> store.deleteExpired(now));
    }

    @Override
    public boolean appendTurn(SessionId session, Coach.Turn turn) {
        return timed("append_turn", () -> store.appendTurn(session, turn));
    }

    @Override
    public List<Coach.Turn> turns(SessionId session, int limit) {
        return timed("turns", () -> store.turns(session, limit));
    }

    @Override
    public List<Coach.Fact> facts(SessionId session) {
        return timed("facts", () -> store.facts(session));
    }

    @Override
    public boolean replaceFacts(SessionId session, int turn, List<Coach.Fact> facts) {
        return timed("replace_facts", () -> store.replaceFacts(session, turn, facts));
    }

    @Override
    public void replaceMatches(SessionId session, List<JobMatch> matches) {
        timed("replace_matches", () -> store.replaceMatches(session, matches));
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        return timed("matches", () -> store.matches(session));
    }

    @Override
    public void appendApplication(SessionId session, Application application) {
        timed("append_application", () -> store.appendApplication(session, application));
    }

    @Override
    public List<Application> applications(SessionId session) {
        return timed("applications", () -> store.applications(session));
    }

    @Override
    public void addResumeVersion(SessionId session, Resumes.Version version) {
        timed("add_resume_version", () -> store.addResumeVersion(session, version));
    }

    @Override
    public List<Resumes.Version> resumeVersions(SessionId session) {
        return timed("resume_versions", () -> store.resumeVersions(session));
    }

    @Override
    public void addUpload(SessionId session, Upload upload, byte[] content) {
        timed("add_upload", () -> store.addUpload(session, upload, content));
    }

    @Override
    public List<Upload> uploads(SessionId session) {
        return timed("uploads", () -> store.uploads(session));
    }

    @Override
    public Optional<byte[]> uploadContent(SessionId session, String uploadId) {
        return timed("upload_content", () -> store.uploadContent(session, uploadId));
    }

    @Override
    public Store.Footprint footprint(SessionId session) {
        return timed("footprint", () -> store.footprint(session));
    }

    @Override
    public Optional<Store.Totals> totals() {
        return timed("totals", store::totals);
    }

    @Override
    public void recordUsage(SessionId session, ChatModel.Usage record) {
        timed("record_usage", () -> store.recordUsage(session, record));
    }

    @Override
    public void recordUsage(ChatModel.Usage record) {
        timed("record_usage", () -> store.recordUsage(record));
    }

    @Override
    public List<ChatModel.Usage> usage(SessionId session) {
        return timed("usage", () -> store.usage(session));
    }

    @Override
    public long costSince(Instant since) {
        return timed("cost_since", () -> store.costSince(since));
    }

    @Override
    public int schemaVersion() {
        return store.schemaVersion();
    }

    @Override
    public void ping() {
        timed("ping", store::ping);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }
}
