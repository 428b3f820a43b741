package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps one client from filling the disk, and keeps erasure working when it is full (issue 16, B5):
 * <ul>
 * <li>quotas per session (uploads, uploaded bytes, everything stored) and new sessions per address per hour, refused
 *     with 413 {@code quota_exceeded} and 429 {@code rate_limited};</li>
 * <li>a floor of free space on the SQLite database's disk: below it, or for a while after the store reported itself
 *     full, every write is refused with 507 {@code insufficient_storage}, while reads and {@code DELETE /session}
 *     go on, and readiness reports the store as not writable.</li>
 * </ul>
 * Thread-safe.
 */
final class StorageGuard implements Filter {
    /** How long a "store full" failure keeps writes refused before they are tried again. */
    private static final long FULL_PENALTY_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long DISK_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;
    private static final int MAX_TRACKED_SESSIONS = 100_000;
    private static final long ESTIMATE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Quotas quotas;
    private final Optional<Path> disk;
    private final Store store;
    private final ClientAddresses clients;
    private final LongSupplier nanos;
    private final Responses responses;
    private final Refusals refusals;
    private final Map<String, HourCount> sessionsByAddress = new ConcurrentHashMap<>();
    /** Sessions with an upload under way: checked, not yet stored. */
    private final java.util.Set<SessionId> uploading = ConcurrentHashMap.newKeySet();
    /** Stored bytes by session for frequent writes: read from the store, plus what was allowed since. */
    private final Map<SessionId, Estimate> estimates = new ConcurrentHashMap<>();
    private volatile long diskCheckedAt;
    private volatile boolean diskLow;
    private volatile long fullUntil;

    /**
     * @param disk a path on the disk the database lives on (SQLite), or empty when its disk is not ours (PostgreSQL)
     */
    StorageGuard(Quotas quotas, Optional<Path> disk, Store store, ClientAddresses clients, LongSupplier nanos,
                 Responses responses, Refusals refusals) {
        this.quotas = quotas;
        this.clients = clients;
        this.disk = disk;
        this.store = store;
        this.nanos = nanos;
        this.responses = responses;
        this.refusals = refusals;
        long now = nanos.getAsLong();
        this.diskCheckedAt = now - DISK_CHECK_NANOS - 1;
        this.fullUntil = now;
    }

    /** New sessions counted in the hour they were started. */
    private record Estimate(long storedBytes, long readAt) {
    }

    private record HourCount(long hour, int count) {
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Method method = request.prologue().method();
        boolean write = method == Method.POST || method == Method.PUT || method == Method.PATCH;
        if (write && !RequestLimits.exempt(request.path().path()) && !writable()) {
            refusals.count(Refusals.Reason.STORAGE);
            response.header(HeaderNames.RETRY_AFTER, "60");
            responses.problem(response, MosaicException.Code.INSUFFICIENT_STORAGE);
            return;
        }
        if (method == Method.POST && BodyLimits.isUpload(request.path().path())) {
            refuseUploadEarly(request);
        }
        chain.proceed();
    }

    /**
     * An upload that its session's quota or its address's new-session quota will refuse is refused before its body
     * (up to 8 MB) is read: a flood of them cost the heap every body all the same.
     */
    private void refuseUploadEarly(RoutingRequest request) {
        Optional<SessionId> session = SessionResolver.requestedId(request, Optional.empty())
                .filter(id -> store.findSession(id).isPresent());
        if (session.isPresent()) {
            checkUpload(session.get(), Math.max(0, request.headers().contentLength().orElse(0)
                    - Multipart.HEADER_ROOM));
        } else if (sessionsThisHour(clients.of(request)) >= quotas.sessionsPerAddressPerHour()) {
            throw tooManySessions();
        }
    }

    private int sessionsThisHour(String address) {
        HourCount counted = sessionsByAddress.get(address);
        return counted == null || counted.hour() != hourNow() ? 0 : counted.count();
    }

    /** @return whether writes are accepted now: the disk is above its floor and the store has not said it is full */
    boolean writable() {
        long now = nanos.getAsLong();
        return now - fullUntil >= 0 && !diskLow(now);
    }

    /** The store refused a write for lack of room: refuse writes for a while rather than fail each one. */
    void storeFull() {
        fullUntil = nanos.getAsLong() + FULL_PENALTY_NANOS;
    }

    /** A session was erased: there may be room again, so writes are tried again at once. */
    void roomFreed() {
        fullUntil = nanos.getAsLong();
    }

    /**
     * Refuses an upload that would take the session past its upload or storage quota.
     *
     * @throws ApiException 413 {@code quota_exceeded}
     */
    void checkUpload(SessionId session, long bytes) {
        Store.Footprint footprint = store.footprint(session);
        if (footprint.uploads() + 1 > quotas.uploadsPerSession()) {
            throw exceeded("this session has uploaded " + footprint.uploads() + " documents, the most it may");
        }
        if (footprint.uploadBytes() + bytes > quotas.uploadBytesPerSession()) {
            throw exceeded("this upload would take the session's documents past "
                    + quotas.uploadBytesPerSession() + " bytes");
        }
        // An upload keeps its bytes and about as much again of text.
        checkRoom(footprint, 2 * bytes);
    }

    /**
     * Checks an upload against the session's quotas ({@link #checkUpload}) and holds the session's upload slot until
     * the returned reservation is closed, once the upload is stored or has failed: one session uploads one document at
     * a time, so that its quota check cannot be passed by many uploads at once, each checked before any was stored.
     *
     * @throws ApiException 429 {@code rate_limited} while another upload for the session is under way, 413
     *     {@code quota_exceeded}
     */
    Reservation reserveUpload(SessionId session, long bytes) {
        if (!uploading.add(session)) {
            refusals.count(Refusals.Reason.IN_FLIGHT);
            throw new ApiException(MosaicException.Code.RATE_LIMITED,
                    "another upload for this session is under way");
        }
        try {
            checkUpload(session, bytes);
        } catch (RuntimeException e) {
            uploading.remove(session);
            throw e;
        }
        return () -> uploading.remove(session);
    }

    /** A session's upload slot, held until it is closed. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Refuses a write of about {@code bytes} of text that would take the session past its storage quota.
     *
     * @throws ApiException 413 {@code quota_exceeded}
     */
    void checkStored(SessionId session, long bytes) {
        checkRoom(store.footprint(session), bytes);
    }

    /**
     * Refuses a chat turn or an application note of about {@code bytes} that would take the session past its storage
     * quota. These come often (a turn every half second is within the rate limit), so the session's footprint is read
     * from the store once a minute, and what was allowed since (a turn at its largest) is added to it; when that
     * estimate reaches the quota, the store is asked again before anything is refused.
     *
     * @throws ApiException 413 {@code quota_exceeded}
     */
    void checkFrequentWrite(SessionId session, long bytes) {
        long now = nanos.getAsLong();
        Estimate estimate = estimates.get(session);
        if (estimate == null || now - estimate.readAt() > ESTIMATE_NANOS) {
            if (estimates.size() >= MAX_TRACKED_SESSIONS) {
                estimates.clear(); // read again from the store: a cost, never a wrong answer
            }
            estimate = new Estimate(store.footprint(session).storedBytes(), now);
        }
        if (estimate.storedBytes() + bytes > quotas.storedBytesPerSession() && estimate.readAt() != now) {
            // The estimate counts each reply at its allowance: refuse only on what the store really holds.
            estimate = new Estimate(store.footprint(session).storedBytes(), now);
        }
        if (estimate.storedBytes() + bytes > quotas.storedBytesPerSession()) {
            estimates.put(session, estimate);
            throw overStored(estimate.storedBytes());
        }
        estimates.put(session, new Estimate(estimate.storedBytes() + bytes, estimate.readAt()));
    }

    private void checkRoom(Store.Footprint footprint, long bytes) {
        if (footprint.storedBytes() + bytes > quotas.storedBytesPerSession()) {
            throw overStored(footprint.storedBytes());
        }
    }

    private ApiException overStored(long storedBytes) {
        return exceeded("this session keeps " + storedBytes + " bytes; it may keep " + quotas.storedBytesPerSession()
                + " (delete the session to start again)");
    }

    /**
     * Counts a new session for this address, refusing it past the hourly quota.
     *
     * @throws ApiException 429 {@code rate_limited}
     */
    void checkNewSession(String address) {
        long hour = hourNow();
        if (sessionsByAddress.size() >= MAX_TRACKED_ADDRESSES) {
            sessionsByAddress.values().removeIf(count -> count.hour() != hour);
            if (sessionsByAddress.size() >= MAX_TRACKED_ADDRESSES) {
                sessionsByAddress.clear(); // this many addresses within the hour: start over rather than grow
            }
        }
        HourCount counted = sessionsByAddress.merge(address, new HourCount(hour, 1), (old, one) ->
                old.hour() == hour ? new HourCount(hour, old.count() + 1) : one);
        if (counted.count() > quotas.sessionsPerAddressPerHour()) {
            throw tooManySessions();
        }
    }

    private long hourNow() {
        return TimeUnit.NANOSECONDS.toHours(nanos.getAsLong());
    }

    private ApiException tooManySessions() {
        refusals.count(Refusals.Reason.QUOTA);
        return new ApiException(MosaicException.Code.RATE_LIMITED, "this address has started "
                + quotas.sessionsPerAddressPerHour() + " sessions this hour");
    }

    private ApiException exceeded(String message) {
        refusals.count(Refusals.Reason.QUOTA);
        return new ApiException(MosaicException.Code.QUOTA_EXCEEDED, message);
    }

    private boolean diskLow(long now) {
        if (disk.isEmpty() || quotas.minFreeDiskBytes() == 0) {
            return false;
        }
        if (now - diskCheckedAt > DISK_CHECK_NANOS) {
            diskCheckedAt = now;
            try {
                diskLow = Files.getFileStore(disk.get()).getUsableSpace() < quotas.minFreeDiskBytes();
            } catch (IOException e) {
                diskLow = false; // cannot tell: let the store's own errors speak
            }
        }
        return diskLow;
    }
}
