package dev.mosaic.server;

import java.time.Duration;

/**
 * What one client may cost the server: request rates, requests and connections at once, and the deadlines of a
 * request's head and body. Read from the environment by {@link ServerConfig}; documented in the README.
 *
 * @param ratePerAddress requests a minute one client address may make ({@code MOSAIC_RATE_LIMIT_PER_ADDRESS})
 * @param ratePerSession requests a minute one session may make ({@code MOSAIC_RATE_LIMIT_PER_SESSION})
 * @param maxConcurrent requests doing work at once before new ones get a fast 503
 *     ({@code MOSAIC_MAX_CONCURRENT_REQUESTS})
 * @param inFlightPerAddress one address's requests in progress at once ({@code MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS})
 * @param minBodyBytesPerSecond the slowest a body may arrive, on average, once {@code bodyGrace} is over
 *     ({@code MOSAIC_MIN_BODY_BYTES_PER_SECOND})
 * @param bodyGrace how long a body may take before its rate counts
 * @param maxConnections connections open at once ({@code MOSAIC_MAX_CONNECTIONS})
 * @param connectionsPerAddress one address's connections open at once ({@code MOSAIC_MAX_CONNECTIONS_PER_ADDRESS})
 * @param headTimeout how long a new connection may take to send a whole request head, and a body may stall
 *     ({@code MOSAIC_HEADER_TIMEOUT_SECONDS})
 * @param idleTimeout how long a kept-alive connection may wait between requests ({@code MOSAIC_IDLE_TIMEOUT_SECONDS})
 * @param bodyBytesInFlight request bodies held in memory at once, all clients together
 *     ({@code MOSAIC_MAX_BODY_BYTES_IN_FLIGHT}; at least one largest upload)
 * @param bodyBytesPerAddressPerMinute request body bytes one address may send a minute
 *     ({@code MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE}; at least one largest upload)
 * @param clients who a request comes from: the TCP peer, or behind the proxies named in
 *     {@code MOSAIC_TRUSTED_PROXIES} the client they forward for
 */
record Limits(int ratePerAddress, int ratePerSession, int maxConcurrent, int inFlightPerAddress,
              long minBodyBytesPerSecond, Duration bodyGrace, int maxConnections, int connectionsPerAddress,
              Duration headTimeout, Duration idleTimeout, long bodyBytesInFlight, long bodyBytesPerAddressPerMinute,
              ClientAddresses clients) {
}
