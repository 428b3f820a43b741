package dev.mosaic.core.internal;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Wraps untrusted text (a person's message, a resume, a job description) for a model prompt between markers that
 * carry a fresh random tag, so that the text cannot close the fence and pass itself off as instructions: any copy of
 * the tag inside the text is removed first. Stateless and thread-safe.
 */
public final class Fence {
    private Fence() {
    }

    /**
     * {@return a new tag such as {@code resume-3f9c0a1b2c3d4e5f}, for one model call}
     *
     * @param label what the text is, e.g. {@code resume} (1..20 lowercase letters)
     * @param random the source of the tag (a {@link java.security.SecureRandom} in production)
     */
    public static String newTag(String label, RandomGenerator random) {
        if (!label.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("label must be 1..20 lowercase letters");
        }
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return label + "-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * {@return {@code <tag>}, the text without any copy of the tag, {@code </tag>}, on their own lines}
     *
     * @param tag a tag from {@link #newTag}
     * @param untrusted the text
     */
    public static String wrap(String tag, String untrusted) {
        String clean = untrusted;
        // Removing one copy can join the pieces of another, so repeat until none is left.
        while (clean.contains(tag)) {
            clean = clean.replace(tag, "");
        }
        return "<" + tag + ">\n" + clean + "\n</" + tag + ">";
    }
}
