package dev.mosaic.core.spi;

import dev.mosaic.core.MosaicException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    public static final int DEADLINE_SECONDS = 10;

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
        CompletableFuture<String> parse = CompletableFuture.supplyAsync(() -> extract(content));
        try {
            return parse.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new MosaicException("unreadable_document", "the PDF took longer than " + DEADLINE_SECONDS
                    + " s to read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MosaicException mosaic) {
                throw mosaic;
            }
            throw new MosaicException("unreadable_document", "the PDF cannot be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MosaicException("unreadable_document", "interrupted while reading the PDF", e);
        }
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
