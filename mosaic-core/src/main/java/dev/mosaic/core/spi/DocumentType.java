package dev.mosaic.core.spi;

import java.util.Locale;

/** Document formats Mosaic can read. */
public enum DocumentType {
    /** Portable Document Format. */
    PDF("application/pdf"),
    /** Word (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Plain text, UTF-8. */
    TXT("text/plain"),
    /** Markdown, UTF-8. */
    MD("text/markdown");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the IANA media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return the lowercase name, e.g. {@code pdf} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
