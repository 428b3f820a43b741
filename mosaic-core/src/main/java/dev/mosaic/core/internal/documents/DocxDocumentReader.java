package dev.mosaic.core.internal.documents;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.DocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of a Word document with Apache POI (an optional dependency: registered as a service, it is used
 * only when POI is on the class path). Zip-bomb limits: no entry may inflate more than 100 times or beyond
 * {@value #MAX_ENTRY_BYTES} bytes; POI parses its XML without external entities; at most 10 s of parsing. A damaged
 * or oversized file is {@code unreadable_document}. Thread-safe.
 */
public final class DocxDocumentReader implements DocumentReader {
    /** Largest inflated size of one entry in the document. */
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** Largest inflated size of the whole document, as its ZIP directory declares it. */
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** Most entries in the document's ZIP. */
    public static final int MAX_ENTRIES = 1_000;

    /** For the service loader. */
    public DocxDocumentReader() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public Set<DocumentReader.Type> types() {
        return Set.of(DocumentReader.Type.DOCX);
    }

    @Override
    public String read(byte[] content, DocumentReader.Type type) {
        // What the directory declares bounds what POI is asked to inflate (POI checks each entry's real size and
        // ratio as it inflates it).
        ZipDirectory directory = ZipDirectory.read(content).orElseThrow(() -> new MosaicException(
                MosaicException.Code.UNREADABLE_DOCUMENT, "the document is not a ZIP that can be read"));
        if (directory.names().size() > MAX_ENTRIES || directory.declaredBytes() > MAX_TOTAL_BYTES) {
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the document unpacks to more than "
                    + MAX_TOTAL_BYTES / (1024 * 1024) + " MB or " + MAX_ENTRIES + " parts");
        }
        return ParseDeadline.run("document", deadline -> extract(content, deadline));
    }

    /**
     * POI's XML parse cannot be stopped from outside: what bounds it is the archive's limits above (and the parse
     * pool's size). The deadline is checked between its stages, so a document that used up its time goes no further.
     */
    private static String extract(byte[] content, ParseDeadline.Deadline deadline) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            deadline.check();
            String text = extractor.getText();
            deadline.check();
            if (text.isBlank()) {
                throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the document has no text");
            }
            return text;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MosaicException mosaic) {
                throw mosaic;
            }
            if (e instanceof ParseDeadline.Overrun overrun) {
                throw overrun;
            }
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the document is damaged, too large when unpacked, "
                    + "or not a Word document", e);
        }
    }
}
