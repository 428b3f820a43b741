package dev.mosaic.core.spi;

import dev.mosaic.core.internal.Checks;

/**
 * One message sent to a chat model.
 *
 * @param role who wrote it
 * @param content its text
 */
public record ChatMessage(Role role, String content) {
    /** Validates. */
    public ChatMessage {
        Checks.present(role, "role");
        Checks.present(content, "content");
    }
}
