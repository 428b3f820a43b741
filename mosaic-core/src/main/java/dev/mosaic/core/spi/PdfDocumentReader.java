package dev.mosaic.core.spi;

import dev.mosaic.core.MosaicException;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF with Apache PDFBox (an optional dependency: registered as a service, it is used only when
 * PDFBox is on the class path). Bounded: at most {@value #MAX_PAGES} pages and {@value #DEADLINE_SECONDS} s of
 * parsing; an encrypted, corrupt or oversized PDF is {@code unreadable_document}. Thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** Most pages read. */
    public static final int MAX_PAGES = 50;
    /** Longest parse. */
    public static final int DEADLINE_SECONDS = ParseDeadline.SECONDS;

    /** For the service loader. */
    public PdfDocumentReader() {
        PDFTextStripper.class.getName(); // fail here, at discovery, when PDFBox is absent
    }

    @Override
    public Set<DocumentType> types() {
        return Set.of(DocumentType.PDF);
    }

    @Override
    public String read(byte[] content, DocumentType type) {
        return ParseDeadline.run("PDF", () -> extract(content));
    }

    private static String extract(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new MosaicException("unreadable_document", "the PDF has " + document.getNumberOfPages()
                        + " pages; a resume has at most " + MAX_PAGES);
            }
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                throw new MosaicException("unreadable_document", "the PDF has no text (a scan without OCR?)");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new MosaicException("unreadable_document", "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new MosaicException("unreadable_document", "the PDF is damaged or not a PDF", e);
        }
    }
}
