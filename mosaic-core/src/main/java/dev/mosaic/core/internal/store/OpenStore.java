package dev.mosaic.core.internal.store;

import dev.mosaic.core.MosaicException;
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
import java.util.function.BooleanSupplier;

/**
 * The store as a {@link Mosaic}'s facets see it: every call fails with code {@code closed} once the Mosaic is closed,
 * whether or not the store underneath is (a store given to the builder stays its owner's). Thread-safe as the store.
 */
public final class OpenStore implements Store {
    private final Store store;
    private final BooleanSupplier closed;

    public OpenStore(Store store, BooleanSupplier closed) {
        this.store = store;
        this.closed = closed;
    }

    private Store open() {
        if (closed.getAsBoolean()) {
            throw new MosaicException(MosaicException.Code.CLOSED, "this Mosaic is closed");
        }
        return store;
    }

    @Override
    public void createSession(Session session) {
        open().createSession(session);
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        return open().findSession(id);
    }

    @Override
    public Optional<Session> touchSession(SessionId id, Instant now, Instant expiresAt) {
        return open().touchSession(id, now, expiresAt);
    }

    @Override
    public boolean deleteSession(SessionId id) {
        return open().deleteSession(id);
    }

    @Override
    public int deleteExpired(Instant now) {
        return open().deleteExpired(now);
    }

    @Override
    public boolean appendTurn(SessionId session, Coach.Turn turn) {
        return open().appendTurn(session, turn);
    }

    @Override
    public List<Coach.Turn> turns(SessionId session, int limit) {
        return open().turns(session, limit);
    }

    @Override
    public List<Coach.Fact> facts(SessionId session) {
        return open().facts(session);
    }

    @Override
    public boolean replaceFacts(SessionId session, int turn, List<Coach.Fact> facts) {
        return open().replaceFacts(session, turn, facts);
    }

    @Override
    public void replaceMatches(SessionId session, List<JobMatch> matches) {
        open().replaceMatches(session, matches);
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        return open().matches(session);
    }

    @Override
    public void appendApplication(SessionId session, Application application) {
        open().appendApplication(session, application);
    }

    @Override
    public List<Application> applications(SessionId session) {
        return open().applications(session);
    }

    @Override
    public void addResumeVersion(SessionId session, Resumes.Version version) {
        open().addResumeVersion(session, version);
    }

    @Override
    public List<Resumes.Version> resumeVersions(SessionId session) {
        return open().resumeVersions(session);
    }

    @Override
    public void addUpload(SessionId session, Upload upload, byte[] content) {
        open().addUpload(session, upload, content);
    }

    @Override
    public List<Upload> uploads(SessionId session) {
        return open().uploads(session);
    }

    @Override
    public Optional<byte[]> uploadContent(SessionId session, String uploadId) {
        return open().uploadContent(session, uploadId);
    }

    @Override
    public Store.Footprint footprint(SessionId session) {
        return open().footprint(session);
    }

    @Override
    public Optional<Store.Totals> totals() {
        return open().totals();
    }

    @Override
    public void recordUsage(SessionId session, ChatModel.Usage record) {
        open().recordUsage(session, record);
    }

    @Override
    public void recordUsage(ChatModel.Usage record) {
        open().recordUsage(record);
    }

    @Override
    public List<ChatModel.Usage> usage(SessionId session) {
        return open().usage(session);
    }

    @Override
    public long costSince(Instant since) {
        return open().costSince(since);
    }

    @Override
    public int schemaVersion() {
        return open().schemaVersion();
    }

    @Override
    public void ping() {
        open().ping();
    }

    @Override
    public String describe() {
        return store.describe();
    }

    /** The facets never close the store: its owner does ({@link Mosaic#close}, or the caller). */
    @Override
    public void close() {
    }
}
