package dev.mosaic.server;

/**
 * How much one session and one address may store, and the free disk the server keeps for erasure. Read from the
 * environment by {@link ServerConfig}; documented in the README.
 *
 * @param uploadsPerSession documents one session may upload ({@code MOSAIC_MAX_UPLOADS_PER_SESSION})
 * @param uploadBytesPerSession bytes of documents one session may upload ({@code MOSAIC_MAX_UPLOAD_BYTES_PER_SESSION})
 * @param storedBytesPerSession everything one session may keep: documents, their text, resume versions, conversation
 *     ({@code MOSAIC_MAX_STORED_BYTES_PER_SESSION})
 * @param sessionsPerAddressPerHour new sessions one address may start in an hour
 *     ({@code MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR})
 * @param minFreeDiskBytes below this much free space on the data folder's disk, writes are refused with 507 so that
 *     reads and erasure keep working ({@code MOSAIC_MIN_FREE_DISK_BYTES}; SQLite only: PostgreSQL's disk is its own)
 */
record Quotas(int uploadsPerSession, long uploadBytesPerSession, long storedBytesPerSession,
              int sessionsPerAddressPerHour, long minFreeDiskBytes) {
}
