package dev.mosaic.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Turns a document's bytes into plain text. Implementations are thread-safe and bound their own work. */
public interface DocumentReader {
    /** {@return the types this reader handles} */
    Set<DocumentType> types();

    /**
     * {@return the document's text}
     *
     * @param content the document bytes
     * @param type the type, already recognised from the content
     * @throws dev.mosaic.core.MosaicException with code {@code unreadable_document} when it cannot be read
     */
    String read(byte[] content, DocumentType type);

    /** {@return the built-in reader for UTF-8 text and Markdown} */
    static DocumentReader plainText() {
        return new PlainTextDocumentReader();
    }

    /**
     * The readers registered as services (on the module path through {@code provides}, on the class path through
     * {@code META-INF/services}); the plain-text reader is always among them.
     *
     * @return one reader per registered implementation, in discovery order
     */
    static List<DocumentReader> installed() {
        List<DocumentReader> readers = new ArrayList<>();
        var providers = ServiceLoader.load(DocumentReader.class, DocumentReader.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                readers.add(providers.next());
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                // an optional reader whose library (PDFBox, POI) is not on the class path: skip it
            }
        }
        return List.copyOf(readers);
    }
}
