package dev.mosaic.core.spi;

/** Who wrote a chat message. */
public enum Role {
    /** Instructions to the model. */
    SYSTEM,
    /** The person (or untrusted text on their behalf). */
    USER,
    /** The model. */
    ASSISTANT
}
