package dev.mosaic.core.spi;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.internal.store.InMemoryStore;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where everything a session produces is kept. Every method that takes a {@link SessionId} touches only that
 * session's data. Writes are durable when they return. A write that finds no room left (the database or its disk
 * full) fails with a {@link dev.mosaic.core.MosaicException} of code {@code store_full}, and reads and deletions must
 * keep working then, so that a full store can still be erased; other failures are {@code store_unavailable}.
 * Implementations are thread-safe; the contract test suite in {@code mosaic-core}'s test jar ({@code StoreContract})
 * defines the behaviour every implementation must show.
 */
public interface Store extends AutoCloseable {
    /**
     * Inserts a new session.
     *
     * @param session the session
     * @throws dev.mosaic.core.MosaicException if a session with that id exists
     */
    void createSession(Session session);

    /**
     * {@return the session as stored, expired or not}
     *
     * @param id the id
     */
    Optional<Session> findSession(SessionId id);

    /**
     * Finds a live session and slides its expiry, in one call: a request looks its session up once. A session that
     * expired before {@code now} (and is not swept yet) is not touched. A store may leave an expiry that would move
     * by less than a minute as it is (the JDBC stores do: a write on every read costs a database with one writer
     * dearly), and return the session as stored.
     *
     * @param id the id
     * @param now the current time
     * @param expiresAt the new expiry
     * @return the session as now stored, or empty when it is unknown or expired at {@code now}
     */
    Optional<Session> touchSession(SessionId id, Instant now, Instant expiresAt);

    /**
     * Deletes a session and everything it owns.
     *
     * @param id the id
     * @return true if it existed
     */
    boolean deleteSession(SessionId id);

    /**
     * Deletes every session whose expiry is before {@code now}, with everything they own.
     *
     * @param now the current time
     * @return how many sessions were deleted
     */
    int deleteExpired(Instant now);

    /**
     * Appends a turn to a session as its turn {@link Coach.Turn#number()}, unless the session already has a turn
     * with that number: then another turn came first (from another thread or another server), and the caller reads
     * the turns again and redoes its turn on top of that one. Stores keep one turn per number atomically (a unique
     * key), so two servers sharing a database never store two turns built on the same previous one.
     *
     * @param session the session
     * @param turn the turn
     * @return true when it was stored, false when its number is taken
     * @throws dev.mosaic.core.NotFoundException {@code session_not_found} when the session does not exist
     */
    boolean appendTurn(SessionId session, Coach.Turn turn);

    /**
     * {@return the newest turns, newest first}
     *
     * @param session the session
     * @param limit the most turns to return
     */
    List<Coach.Turn> turns(SessionId session, int limit);

    /**
     * {@return the facts of all the session's turns, oldest turn first (within a turn, in the order stored)}
     *
     * @param session the session
     */
    List<Coach.Fact> facts(SessionId session);

    /**
     * Replaces the facts stored with one turn (how a single fact is forgotten: the turn's facts without it).
     *
     * @param session the session
     * @param turn the turn's number
     * @param facts the turn's facts from now on, each with that turn's number
     * @return true when the turn exists and its facts were replaced
     */
    boolean replaceFacts(SessionId session, int turn, List<Coach.Fact> facts);

    /**
     * Replaces the session's stored job matches.
     *
     * @param session the session
     * @param matches the matches, best first
     */
    void replaceMatches(SessionId session, List<JobMatch> matches);

    /**
     * {@return its stored matches, best first}
     *
     * @param session the session
     */
    List<JobMatch> matches(SessionId session);

    /**
     * Records a step of an application; earlier steps stay as history.
     *
     * @param session the session
     * @param application the step
     */
    void appendApplication(SessionId session, Application application);

    /**
     * {@return every application step, oldest first}
     *
     * @param session the session
     */
    List<Application> applications(SessionId session);

    /**
     * Stores a resume version.
     *
     * @param session the session
     * @param version the version
     */
    void addResumeVersion(SessionId session, Resumes.Version version);

    /**
     * {@return its resume versions, newest first}
     *
     * @param session the session
     */
    List<Resumes.Version> resumeVersions(SessionId session);

    /**
     * Keeps an uploaded document: its metadata, its text and its bytes (in the store itself, so that no server
     * keeps state on local disk).
     *
     * @param session the session
     * @param upload the metadata and text
     * @param content the original bytes
     */
    void addUpload(SessionId session, Upload upload, byte[] content);

    /**
     * {@return its uploads' metadata and text, newest first}
     *
     * @param session the session
     */
    List<Upload> uploads(SessionId session);

    /**
     * {@return a copy of the bytes, or empty when this session has no such upload}
     *
     * @param session the session that owns the upload
     * @param uploadId the upload's id
     */
    Optional<byte[]> uploadContent(SessionId session, String uploadId);

    /**
     * {@return what the session keeps, for storage quotas: uploads (bytes and text), resume versions, turns and
     * application notes} The default adds up what the other methods return; a database store answers with one query.
     *
     * @param session the session
     */
    default Store.Footprint footprint(SessionId session) {
        List<Upload> uploads = uploads(session);
        long uploadBytes = uploads.stream().mapToLong(Upload::size).sum();
        long stored = uploadBytes + uploads.stream().mapToLong(u -> u.text().length()).sum()
                + resumeVersions(session).stream().mapToLong(v -> v.content().length()).sum()
                + turns(session, Integer.MAX_VALUE).stream().mapToLong(t -> t.prompt().length()
                        + t.response().length()).sum()
                + applications(session).stream().mapToLong(a -> a.notes().length()).sum();
        return new Store.Footprint(uploads.size(), uploadBytes, stored);
    }

    /**
     * {@return what the whole store holds, or empty when this store cannot tell cheaply} For metrics; a database store
     * answers with one query.
     */
    default Optional<Store.Totals> totals() {
        return Optional.empty();
    }

    /**
     * Adds an AI call made for a session to the usage ledger (erased with the session).
     *
     * @param session the session the call served
     * @param record the usage
     */
    void recordUsage(SessionId session, ChatModel.Usage record);

    /**
     * Adds an AI call made outside any session to the usage ledger.
     *
     * @param record the usage
     */
    void recordUsage(ChatModel.Usage record);

    /**
     * {@return its ledger, oldest first}
     *
     * @param session the session
     */
    List<ChatModel.Usage> usage(SessionId session);

    /**
     * {@return the summed cost, in micro-dollars, of every call at or after {@code since}, all sessions together}
     *
     * @param since the start of the window
     */
    long costSince(Instant since);

    /** {@return the schema version the store runs (0 for stores without a schema)} */
    int schemaVersion();

    /**
     * Checks that the store answers, for readiness probes.
     *
     * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when it does not
     */
    void ping();

    /** {@return a short description for health checks, e.g. {@code memory} or {@code sqlite:data/mosaic.db}} */
    String describe();

    /** Releases connections and files. */
    @Override
    default void close() {
    }

    /** {@return a new, empty store that keeps everything in memory (lost when the process ends)} */
    static Store inMemory() {
        return new InMemoryStore();
    }

    /**
     * Opens a store by location: {@code memory:} for {@link #inMemory()}, anything else through the installed
     * {@link Store.Provider}s (with {@code mosaic-store} present: {@code sqlite:PATH}, {@code postgres://...}).
     *
     * @param location where the store is
     * @return the opened store
     * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when no provider accepts the
     *         location or the store cannot be opened
     */
    static Store open(String location) {
        if (location == null || location.isBlank()) {
            throw new dev.mosaic.core.InvalidInputException("location", "must not be blank");
        }
        if (location.equals("memory:")) {
            return inMemory();
        }
        for (Store.Provider provider : java.util.ServiceLoader.load(Store.Provider.class,
                Store.Provider.class.getClassLoader())) {
            if (provider.accepts(location)) {
                return provider.open(location);
            }
        }
        throw new dev.mosaic.core.MosaicException(dev.mosaic.core.MosaicException.Code.STORE_UNAVAILABLE, "no store provider accepts '"
                + location.replaceAll("//[^@/]*@", "//***@") + "'; is mosaic-store on the class path?");
    }

    /**
     * What a whole store holds, for an operator's metrics. Immutable.
     *
     * @param sessions the sessions it keeps (expired ones not yet swept included)
     * @param storedBytes everything they keep, counted as {@link Store.Footprint#storedBytes()} counts it
     */
    public record Totals(long sessions, long storedBytes) {
        /** Validates. */
        public Totals {
            if (sessions < 0 || storedBytes < 0) {
                throw new dev.mosaic.core.InvalidInputException("totals", "counts must not be negative");
            }
        }
    }

    /**
     * What one session keeps in a store, for storage quotas. Immutable.
     *
     * @param uploads how many documents it uploaded
     * @param uploadBytes the uploaded documents' original bytes
     * @param storedBytes everything it keeps, roughly: uploads (bytes and text), resume versions and conversation text
     */
    public record Footprint(int uploads, long uploadBytes, long storedBytes) {
        /** Validates. */
        public Footprint {
            if (uploads < 0 || uploadBytes < 0 || storedBytes < 0) {
                throw new dev.mosaic.core.InvalidInputException("footprint", "counts must not be negative");
            }
        }
    }

    /**
     * Opens a {@link Store} from a location string, so that an application can choose its store by configuration
     * without a compile-time dependency on the store's module. Found through {@link java.util.ServiceLoader}
     * ({@code provides} on the module path, {@code META-INF/services} on the class path); {@code mosaic-store} registers
     * SQLite ({@code sqlite:PATH}) and PostgreSQL ({@code postgres://...}, {@code jdbc:postgresql://...}).
     */
    public interface Provider {
        /**
         * {@return true when this provider opens such locations}
         *
         * @param location a store location such as {@code sqlite:data/mosaic.db}
         */
        boolean accepts(String location);

        /**
         * {@return the opened, migrated store}
         *
         * @param location a location this provider {@linkplain #accepts accepts}
         * @throws dev.mosaic.core.MosaicException with code {@code store_unavailable} when it cannot be opened
         */
        Store open(String location);
    }
}
