package dev.mosaic.core.session;

import dev.mosaic.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * An opaque session identifier: 128 random bits as 32 lowercase hex characters. Ids are only ever minted by
 * {@link #random(RandomGenerator)}; a client-supplied string is {@linkplain #parse(String) parsed} but never adopted
 * as a new session.
 *
 * @param value the 32-character lowercase hex form
 */
public record SessionId(String value) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");
    private static final HexFormat HEX = HexFormat.of();

    /** Validates the form. */
    public SessionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("session_id", "must be 32 lowercase hex characters");
        }
    }

    /**
     * Mints a new id.
     *
     * @param random the source of randomness; production code passes a {@link SecureRandom}
     * @return a fresh id
     */
    public static SessionId random(RandomGenerator random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new SessionId(HEX.formatHex(bytes));
    }

    /**
     * Reads an id sent by a client.
     *
     * @param text the text, possibly null or malformed
     * @return the id, or empty when the text is not a well-formed id
     */
    public static Optional<SessionId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        return FORM.matcher(trimmed).matches() ? Optional.of(new SessionId(trimmed)) : Optional.empty();
    }

    /**
     * A short, one-way tag for logs, so that a full id (a bearer credential) never lands in a log file.
     *
     * @return the first 8 hex characters of the SHA-256 of the id
     */
    public String logTag() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HEX.formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
