package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;
import java.time.Instant;

/**
 * What is kept about an uploaded document besides its bytes (which {@link Store#uploadContent} returns).
 *
 * @param id generated id; stored bytes are keyed by it, never by the client's file name
 * @param filename the client's file name, sanitised, for display only
 * @param type the type recognised from the content
 * @param size the size in bytes
 * @param text the text read from it
 * @param createdAt when it was uploaded
 */
public record Upload(String id, String filename, DocumentReader.Type type, long size, String text, Instant createdAt) {
    /** Validates. */
    public Upload {
        Checks.text(id, "id");
        Checks.text(filename, "filename");
        Checks.present(type, "type");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        Checks.present(text, "text");
        Checks.present(createdAt, "created_at");
    }
}
