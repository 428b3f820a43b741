package dev.mosaic.server;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.socket.PeerInfo;
import io.helidon.common.task.InterruptableTask;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What one client's connections may cost (issue 16, B4). Helidon hands every accepted connection to this selector
 * (it is the listener's only one), which counts connections by client address and refuses one over the limit at
 * once, and gives each a deadline that a watchdog enforces by closing the connection:
 * <ul>
 * <li>a new connection must deliver a whole request head within the head timeout ({@code MOSAIC_HEADER_TIMEOUT_SECONDS}),
 *     so silent sockets and slow headers (slowloris) are closed;</li>
 * <li>between requests, a kept-alive connection may stay idle for the idle timeout
 *     ({@code MOSAIC_IDLE_TIMEOUT_SECONDS}), then it must send its next request head in time;</li>
 * <li>while a body is read ({@link BodyReader}), bytes must keep coming: a body that stalls for the head timeout is
 *     closed (a body that trickles is cut by the minimum rate);</li>
 * <li>while a request is being answered there is no deadline here: the work has its own (AI deadlines, parsing).</li>
 * </ul>
 * Helidon's own read timeout does not apply to its non-blocking sockets, and its idle check runs every two minutes
 * and never interrupts a connection reading headers: without this, one client holding silent sockets took every
 * connection slot. The routing filter ({@link #filter}) tells the guard when a request starts and ends. Thread-safe.
 */
final class ConnectionGuard implements ServerConnectionSelector, Filter, AutoCloseable {
    private static final long NONE = Long.MAX_VALUE;

    private final ServerConnectionSelector http1;
    private final int perAddress;
    private final ClientAddresses clients;
    private final long headNanos;
    private final long idleNanos;
    private final LongSupplier nanos;
    private final Refusals refusals;
    private final HeldCounts openByAddress = new HeldCounts();
    private final Map<String, Guarded> byPeer = new ConcurrentHashMap<>();
    private final Set<Guarded> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;

    ConnectionGuard(ServerConnectionSelector http1, int perAddress, Duration headTimeout, Duration idleTimeout,
                    ClientAddresses clients, LongSupplier nanos, Refusals refusals) {
        this.http1 = http1;
        this.clients = clients;
        this.perAddress = perAddress;
        this.headNanos = headTimeout.toNanos();
        this.idleNanos = idleTimeout.toNanos();
        this.nanos = nanos;
        this.refusals = refusals;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mosaic-connection-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::closeOverdue, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public int bytesToIdentifyConnection() {
        return http1.bytesToIdentifyConnection();
    }

    @Override
    public Support supports(BufferData data) {
        return http1.supports(data);
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext context) {
        String host = context.remotePeer().host();
        String address = ClientAddresses.key(host);
        // A trusted proxy carries every user's connections: its own are not capped (the deadlines still apply).
        if (openByAddress.add(address, 1) > perAddress && !clients.trusted(host)) {
            release(address);
            refusals.count(Refusals.Reason.CONNECTIONS);
            throw new CloseConnectionException("too many connections from one address");
        }
        ServerConnection inner;
        try {
            inner = http1.connection(context);
        } catch (RuntimeException e) {
            release(address);
            throw e;
        }
        Guarded guarded = new Guarded(inner, address, key(context.remotePeer()), nanos.getAsLong() + headNanos);
        open.add(guarded);
        byPeer.put(guarded.peer, guarded);
        return guarded;
    }

    /** Marks the request in progress on its connection (no deadline), and idle again when it is answered. */
    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Guarded guarded = byPeer.get(key(request.remotePeer()));
        if (guarded == null) {
            chain.proceed();
            return;
        }
        guarded.deadline = NONE;
        try {
            chain.proceed();
        } finally {
            // Helidon 4.5.0 keeps a connection open after answering "Connection: close" (helidon#12324): the client
            // waits for an end that does not come, and the slot stays taken. The watchdog closes it instead, within
            // a quarter of a second of the answer.
            guarded.closing = says(request.headers(), "close") || says(response.headers(), "close");
            guarded.deadline = nanos.getAsLong() + (guarded.closing ? 0 : idleNanos);
        }
    }

    private static boolean says(io.helidon.http.Headers headers, String token) {
        return headers.first(io.helidon.http.HeaderNames.CONNECTION)
                .map(value -> value.toLowerCase(java.util.Locale.ROOT).contains(token)).orElse(false);
    }

    /** The body of the request on this peer's connection is being read: it must keep coming. */
    void bodyProgress(PeerInfo peer) {
        Guarded guarded = byPeer.get(key(peer));
        if (guarded != null) {
            guarded.deadline = nanos.getAsLong() + headNanos;
        }
    }

    /** The body is in: the request is being answered, without a deadline here. */
    void bodyDone(PeerInfo peer) {
        Guarded guarded = byPeer.get(key(peer));
        if (guarded != null) {
            guarded.deadline = NONE;
        }
    }

    /** @return connections open now */
    int open() {
        return open.size();
    }

    /** @return connections open now from one address */
    int open(String address) {
        return (int) openByAddress.get(address);
    }

    private void closeOverdue() {
        long now = nanos.getAsLong();
        for (Guarded guarded : open) {
            if (now - guarded.deadline > 0 && guarded.deadline != NONE) {
                if (!guarded.closing) {
                    refusals.count(Refusals.Reason.DEADLINE);
                }
                guarded.deadline = NONE; // once
                try {
                    guarded.inner.close(true);
                } catch (RuntimeException e) {
                    // the connection was closing anyway
                }
            }
        }
    }

    private void release(String address) {
        openByAddress.release(address, 1);
    }

    private static String key(PeerInfo peer) {
        return peer.host() + " " + peer.port();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** A connection with its deadline; the slot is given back when Helidon is done with it. */
    private final class Guarded implements ServerConnection, InterruptableTask<Void> {
        private final ServerConnection inner;
        private final String address;
        private final String peer;
        private volatile long deadline;
        /** The last answer said "Connection: close": the connection ends at its deadline, refused or not. */
        private volatile boolean closing;

        Guarded(ServerConnection inner, String address, String peer, long deadline) {
            this.inner = inner;
            this.address = address;
            this.peer = peer;
            this.deadline = deadline;
        }

        @Override
        public void handle(Limit limit) throws InterruptedException {
            try {
                inner.handle(limit);
            } finally {
                open.remove(this);
                byPeer.remove(peer, this);
                release(address);
            }
        }

        @Override
        public Duration idleTime() {
            return inner.idleTime();
        }

        @Override
        public void close(boolean interrupt) {
            inner.close(interrupt);
        }

        @Override
        public boolean canInterrupt() {
            return inner instanceof InterruptableTask<?> task && task.canInterrupt();
        }

    }
}
