package dev.mosaic.core.spi;

/**
 * What one session keeps in a store, for storage quotas. Immutable.
 *
 * @param uploads how many documents it uploaded
 * @param uploadBytes the uploaded documents' original bytes
 * @param storedBytes everything it keeps, roughly: uploads (bytes and text), resume versions and conversation text
 */
public record SessionFootprint(int uploads, long uploadBytes, long storedBytes) {
    /** Validates. */
    public SessionFootprint {
        if (uploads < 0 || uploadBytes < 0 || storedBytes < 0) {
            throw new dev.mosaic.core.InvalidInputException("footprint", "counts must not be negative");
        }
    }
}
