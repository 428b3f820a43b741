package dev.mosaic.server;

import dev.mosaic.ai.AiSettings;
import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.care.CareResources;
import dev.mosaic.store.StoreSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's whole configuration, read once from environment variables (the earlier product's names are kept).
 * Every value is validated here, so that a bad setting stops start-up with one line naming the variable.
 *
 * @param port the TCP port (0 picks a free one, for tests)
 * @param host the address to bind
 * @param allowedOrigins origins allowed by CORS (apex and www forms both included)
 * @param apiBase the public API base URL the UI should use ("" = same origin)
 * @param schemaVersion the API schema version reported to clients
 * @param dataRoot the folder for local data
 * @param store where data is kept
 * @param uploadRoot the folder for uploaded files
 * @param sessionTtl how long a session lives after its last access
 * @param maxUploadBytes the largest accepted upload
 * @param maxBodyBytes the largest accepted JSON body
 * @param promptsPath a prompt library CSV to use instead of the bundled one
 * @param retentionSweep how often expired sessions are deleted (also once at start-up)
 * @param opportunitiesPath a postings file to use instead of the bundled postings
 * @param opportunitiesFormat that file's format: {@code mosaic} (Mosaic's JSON) or {@code greenhouse}
 * @param limits what one client may cost the server: rates, requests at once, deadlines
 * @param quotas what one session and one address may store, and the disk kept free for erasure
 * @param ai the AI provider settings
 * @param care the crisis resources crisis replies name ({@code MOSAIC_CARE_REGION}, {@code MOSAIC_CARE_RESOURCES_PATH})
 * @param semantic whether messages are matched semantically as well as lexically ({@code MOSAIC_SEMANTIC}, default on)
 */
record ServerConfig(int port, String host, Set<String> allowedOrigins, String apiBase, String schemaVersion,
                    Path dataRoot, StoreSettings store, Path uploadRoot, Duration sessionTtl, long maxUploadBytes,
                    long maxBodyBytes, Optional<Path> promptsPath, Duration retentionSweep,
                    Optional<Path> opportunitiesPath, String opportunitiesFormat, Limits limits, Quotas quotas,
                    AiSettings ai, CareResources care, boolean semantic) {

    /** The variables the server reads, for the README and error messages. */
    static final List<String> VARIABLES = List.of("PORT", "HOST", "OPENAI_API_KEY", "CLAUDE_API_KEY",
            "ANTHROPIC_API_KEY", "PUBLIC_SITE_ORIGIN", "PUBLIC_API_BASE", "APP_SCHEMA_VERSION", "DATA_ROOT",
            "DATABASE_PATH", "DATABASE_URL", "UPLOAD_ROOT", "SESSION_TTL_DAYS", "MAX_UPLOAD_BYTES",
            "MOSAIC_MAX_BODY_BYTES", "MOSAIC_PROMPTS_PATH", "MOSAIC_RETENTION_SWEEP_MINUTES",
            "MOSAIC_OPPORTUNITIES_PATH", "MOSAIC_OPPORTUNITIES_FORMAT", "MOSAIC_RATE_LIMIT_PER_ADDRESS",
            "MOSAIC_RATE_LIMIT_PER_SESSION", "MOSAIC_MAX_CONCURRENT_REQUESTS", "MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS",
            "MOSAIC_MIN_BODY_BYTES_PER_SECOND", "MOSAIC_MAX_CONNECTIONS", "MOSAIC_MAX_CONNECTIONS_PER_ADDRESS",
            "MOSAIC_HEADER_TIMEOUT_SECONDS", "MOSAIC_IDLE_TIMEOUT_SECONDS", "MOSAIC_MAX_BODY_BYTES_IN_FLIGHT",
            "MOSAIC_MAX_UPLOADS_PER_SESSION", "MOSAIC_TRUSTED_PROXIES", "MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE",
            "MOSAIC_MAX_UPLOAD_BYTES_PER_SESSION", "MOSAIC_MAX_STORED_BYTES_PER_SESSION",
            "MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR", "MOSAIC_MIN_FREE_DISK_BYTES", "MOSAIC_SQLITE_MAX_BYTES",
            "MOSAIC_OPENAI_MODEL", "MOSAIC_ANTHROPIC_MODEL",
            "MOSAIC_OPENAI_BASE_URL", "MOSAIC_ANTHROPIC_BASE_URL", "MOSAIC_AI_SESSION_BUDGET_USD",
            "MOSAIC_AI_DAILY_BUDGET_USD", "MOSAIC_AI_DEADLINE_MS", "MOSAIC_CARE_REGION", "MOSAIC_CARE_RESOURCES_PATH",
            "MOSAIC_SEMANTIC");

    ServerConfig {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /**
     * @param env the environment (System.getenv() in production, a map in tests)
     * @return the validated configuration
     * @throws StartupException naming the first invalid variable
     */
    static ServerConfig fromEnvironment(Map<String, String> env) {
        Reader reader = new Reader(env);
        int port = (int) reader.number("PORT", 8080, 0, 65_535);
        String host = reader.text("HOST", "0.0.0.0");
        Set<String> origins = origins(reader.text("PUBLIC_SITE_ORIGIN", ""));
        String apiBase = reader.text("PUBLIC_API_BASE", "");
        String schemaVersion = reader.text("APP_SCHEMA_VERSION", "v1");
        Path dataRoot = reader.path("DATA_ROOT", "data");
        Path databasePath = reader.path("DATABASE_PATH", dataRoot.resolve("mosaic.db").toString());
        Optional<String> databaseUrl = reader.optional("DATABASE_URL");
        Path uploadRoot = reader.path("UPLOAD_ROOT", dataRoot.resolve("uploads").toString());
        long ttlDays = reader.number("SESSION_TTL_DAYS", 30, 1, 3650);
        long maxUpload = reader.number("MAX_UPLOAD_BYTES", 8L * 1024 * 1024, 1, 1L << 30);
        long maxBody = reader.number("MOSAIC_MAX_BODY_BYTES", 1024 * 1024, 1024, 64L * 1024 * 1024);
        Optional<Path> promptsPath = reader.optional("MOSAIC_PROMPTS_PATH").map(p -> reader.path("MOSAIC_PROMPTS_PATH", p));
        Optional<Path> opportunitiesPath = reader.optional("MOSAIC_OPPORTUNITIES_PATH")
                .map(p -> reader.path("MOSAIC_OPPORTUNITIES_PATH", p));
        String opportunitiesFormat = reader.text("MOSAIC_OPPORTUNITIES_FORMAT", "mosaic").toLowerCase(Locale.ROOT);
        if (!opportunitiesFormat.equals("mosaic") && !opportunitiesFormat.equals("greenhouse")) {
            throw new StartupException("MOSAIC_OPPORTUNITIES_FORMAT: must be mosaic or greenhouse, was '"
                    + opportunitiesFormat + "'");
        }
        long largestBody = BodyLimits.of(maxBody, maxUpload).largest();
        Limits limits = new Limits(
                (int) reader.number("MOSAIC_RATE_LIMIT_PER_ADDRESS", 600, 1, 1_000_000),
                (int) reader.number("MOSAIC_RATE_LIMIT_PER_SESSION", 120, 1, 1_000_000),
                (int) reader.number("MOSAIC_MAX_CONCURRENT_REQUESTS", 64, 1, 10_000),
                (int) reader.number("MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS", 16, 1, 10_000),
                reader.number("MOSAIC_MIN_BODY_BYTES_PER_SECOND", 2048, 1, 1L << 30),
                Duration.ofSeconds(10),
                (int) reader.number("MOSAIC_MAX_CONNECTIONS", 2048, 16, 1_000_000),
                (int) reader.number("MOSAIC_MAX_CONNECTIONS_PER_ADDRESS", 64, 1, 1_000_000),
                Duration.ofSeconds(reader.number("MOSAIC_HEADER_TIMEOUT_SECONDS", 10, 1, 3600)),
                Duration.ofSeconds(reader.number("MOSAIC_IDLE_TIMEOUT_SECONDS", 30, 1, 3600)),
                // Both at least one largest body (JSON or upload), whatever the setting: else that body never fits.
                Math.max(largestBody, reader.number("MOSAIC_MAX_BODY_BYTES_IN_FLIGHT", 16L << 20, 1L << 20,
                        1L << 40)),
                Math.max(largestBody, reader.number(
                        "MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE", 32L << 20, 1L << 20, 1L << 40)),
                trustedProxies(reader.text("MOSAIC_TRUSTED_PROXIES", "")));
        Quotas quotas = new Quotas(
                (int) reader.number("MOSAIC_MAX_UPLOADS_PER_SESSION", 20, 0, 1_000_000),
                reader.number("MOSAIC_MAX_UPLOAD_BYTES_PER_SESSION", 32L << 20, 0, 1L << 40),
                reader.number("MOSAIC_MAX_STORED_BYTES_PER_SESSION", 64L << 20, 0, 1L << 40),
                (int) reader.number("MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR", 60, 1, 1_000_000),
                reader.number("MOSAIC_MIN_FREE_DISK_BYTES", 128L << 20, 0, 1L << 50));
        long sqliteMaxBytes = reader.number("MOSAIC_SQLITE_MAX_BYTES", 0, 0, 1L << 50);
        long sweepMinutes = reader.number("MOSAIC_RETENTION_SWEEP_MINUTES", 60, 1, 7 * 24 * 60);
        Optional<String> anthropicKey = reader.optional("CLAUDE_API_KEY").or(() -> reader.optional("ANTHROPIC_API_KEY"));
        long sessionBudget = reader.dollars("MOSAIC_AI_SESSION_BUDGET_USD", AiSettings.DEFAULT_SESSION_BUDGET_MICROS);
        long dailyBudget = reader.dollars("MOSAIC_AI_DAILY_BUDGET_USD", AiSettings.DEFAULT_DAILY_BUDGET_MICROS);
        long deadlineMs = reader.number("MOSAIC_AI_DEADLINE_MS", AiSettings.DEFAULT_DEADLINE.toMillis(), 100, 120_000);
        AiSettings ai = reader.build("OPENAI_API_KEY / CLAUDE_API_KEY / MOSAIC_*_BASE_URL", () -> new AiSettings(
                reader.optional("OPENAI_API_KEY"), anthropicKey,
                reader.text("MOSAIC_OPENAI_MODEL", AiSettings.DEFAULT_OPENAI_MODEL),
                reader.text("MOSAIC_ANTHROPIC_MODEL", AiSettings.DEFAULT_ANTHROPIC_MODEL),
                reader.text("MOSAIC_OPENAI_BASE_URL", dev.mosaic.ai.OpenAiChatModel.DEFAULT_BASE_URL),
                reader.text("MOSAIC_ANTHROPIC_BASE_URL", dev.mosaic.ai.AnthropicChatModel.DEFAULT_BASE_URL),
                sessionBudget, dailyBudget, Duration.ofMillis(deadlineMs)));
        StoreSettings store = reader.build("DATABASE_URL", () -> new StoreSettings(databasePath, databaseUrl,
                sqliteMaxBytes));
        String careRegion = reader.text("MOSAIC_CARE_REGION", CareResources.INTERNATIONAL);
        Optional<Path> careFile = reader.optional("MOSAIC_CARE_RESOURCES_PATH")
                .map(p -> reader.path("MOSAIC_CARE_RESOURCES_PATH", p));
        CareResources care = reader.build(careFile.isPresent() ? "MOSAIC_CARE_RESOURCES_PATH / MOSAIC_CARE_REGION"
                : "MOSAIC_CARE_REGION", () -> careFile.map(file -> CareResources.read(file, careRegion))
                .orElseGet(() -> CareResources.bundled(careRegion)));
        String semantic = reader.text("MOSAIC_SEMANTIC", "on").toLowerCase(Locale.ROOT);
        if (!semantic.equals("on") && !semantic.equals("off")) {
            throw new StartupException("MOSAIC_SEMANTIC: must be on or off, was '" + semantic + "'");
        }
        return new ServerConfig(port, host, origins, apiBase, schemaVersion, dataRoot, store, uploadRoot,
                Duration.ofDays(ttlDays), maxUpload, maxBody, promptsPath, Duration.ofMinutes(sweepMinutes),
                opportunitiesPath, opportunitiesFormat, limits, quotas, ai, care, semantic.equals("on"));
    }

    private static ClientAddresses trustedProxies(String list) {
        try {
            return list.isBlank() ? ClientAddresses.direct() : ClientAddresses.trusting(list);
        } catch (IllegalArgumentException e) {
            throw new StartupException("MOSAIC_TRUSTED_PROXIES: " + e.getMessage());
        }
    }

    /** Both the apex and the www form of every listed origin are allowed, as browsers send either. */
    static Set<String> origins(String list) {
        Set<String> origins = new LinkedHashSet<>();
        for (String raw : list.split(",")) {
            String origin = raw.strip();
            while (origin.endsWith("/")) {
                origin = origin.substring(0, origin.length() - 1);
            }
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d+)?")) {
                throw new StartupException("PUBLIC_SITE_ORIGIN: '" + raw.strip()
                        + "' is not an origin like https://example.com (scheme and host, no path)");
            }
            origin = origin.toLowerCase(Locale.ROOT);
            origins.add(origin);
            int hostStart = origin.indexOf("://") + 3;
            String scheme = origin.substring(0, hostStart);
            String rest = origin.substring(hostStart);
            if (rest.startsWith("www.")) {
                origins.add(scheme + rest.substring(4));
            } else if (!rest.startsWith("localhost") && !rest.matches("[0-9.]+(:\\d+)?")) {
                origins.add(scheme + "www." + rest);
            }
        }
        return origins;
    }

    /** Reads variables; blank counts as unset. */
    private record Reader(Map<String, String> env) {
        Optional<String> optional(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        String text(String name, String fallback) {
            return optional(name).orElse(fallback);
        }

        long number(String name, long fallback, long min, long max) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                long parsed = Long.parseLong(value.get());
                if (parsed < min || parsed > max) {
                    throw new NumberFormatException();
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new StartupException(name + ": must be a whole number from " + min + " to " + max
                        + ", was '" + shorten(value.get()) + "'");
            }
        }

        /** A dollar amount such as {@code 0.50}, as micro-dollars. */
        long dollars(String name, long fallbackMicros) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallbackMicros;
            }
            try {
                java.math.BigDecimal dollars = new java.math.BigDecimal(value.get());
                if (dollars.signum() < 0 || dollars.compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
                    throw new NumberFormatException();
                }
                return dollars.movePointRight(6).longValue();
            } catch (NumberFormatException e) {
                throw new StartupException(name + ": must be a dollar amount from 0 to 100000, such as 0.50, was '"
                        + shorten(value.get()) + "'");
            }
        }

        Path path(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new StartupException(name + ": '" + shorten(value) + "' is not a valid path");
            }
        }

        <T> T build(String names, java.util.function.Supplier<T> builder) {
            try {
                return builder.get();
            } catch (InvalidInputException e) {
                throw new StartupException(names + ": " + e.getMessage());
            }
        }

        private static String shorten(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "..." : value;
        }
    }

    /** @return the variables set in the environment that the server does not know, to catch typos */
    static List<String> unknownMosaicVariables(Map<String, String> env) {
        List<String> unknown = new ArrayList<>();
        for (String name : env.keySet()) {
            if (name.startsWith("MOSAIC_") && !VARIABLES.contains(name)) {
                unknown.add(name);
            }
        }
        unknown.sort(String::compareTo);
        return unknown;
    }

    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", host=" + host + ", origins=" + allowedOrigins + ", store=" + store
                + ", ai=" + ai + ", sessionTtl=" + sessionTtl + ", maxUploadBytes=" + maxUploadBytes
                + ", promptsPath=" + promptsPath.map(Path::toString).orElse("bundled") + ", care=" + care.region() + "]";
    }
}
