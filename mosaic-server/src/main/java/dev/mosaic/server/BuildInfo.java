package dev.mosaic.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build is serving: version, git commit and build time, written into the jar by the build, so that
 * "which app is serving?" is one request away.
 *
 * @param version the Maven version
 * @param commit the abbreviated git commit, or {@code unknown}
 * @param dirty whether the working tree had uncommitted changes
 * @param builtAt the build time (UTC, ISO-8601), or {@code unknown}
 */
record BuildInfo(String version, String commit, boolean dirty, String builtAt) {
    static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/mosaic-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mosaic-build.properties", e);
        }
        return new BuildInfo(value(properties, "version"), value(properties, "commit"),
                Boolean.parseBoolean(value(properties, "dirty")), value(properties, "built"));
    }

    /** An unfiltered placeholder (a build without git, or run from an IDE) reads as unknown. */
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }
}
