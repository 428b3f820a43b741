package dev.mosaic.core.spi;

import java.util.Set;

/** Turns a document's bytes into plain text. Implementations are thread-safe and bound their own work. */
public interface DocumentReader {
    /** @return the types this reader handles */
    Set<DocumentType> types();

    /**
     * @param content the document bytes
     * @param type the type, already recognised from the content
     * @return the document's text
     * @throws dev.mosaic.core.MosaicException with code {@code unreadable_document} when it cannot be read
     */
    String read(byte[] content, DocumentType type);

    /** @return the built-in reader for UTF-8 text and Markdown */
    static DocumentReader plainText() {
        return PlainTextReader.INSTANCE;
    }
}
