package dev.mosaic.core.internal.documents;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.DocumentReader;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF with Apache PDFBox (an optional dependency: registered as a service, it is used only when
 * PDFBox is on the class path). Bounded: at most {@value #MAX_PAGES} pages and {@value #DEADLINE_SECONDS} s of
 * parsing; an encrypted, corrupt or oversized PDF is {@code unreadable_document}. Thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** Most pages read. */
    public static final int MAX_PAGES = 50;
    /** Most characters read (a resume's text is at most 100,000; glyphs drawn over each other count too). */
    public static final int MAX_GLYPHS = 200_000;
    /** Longest parse. */
    public static final int DEADLINE_SECONDS = ParseDeadline.SECONDS;

    /** For the service loader. */
    public PdfDocumentReader() {
        PDFTextStripper.class.getName(); // fail here, at discovery, when PDFBox is absent
    }

    @Override
    public Set<DocumentReader.Type> types() {
        return Set.of(DocumentReader.Type.PDF);
    }

    @Override
    public String read(byte[] content, DocumentReader.Type type) {
        return ParseDeadline.run("PDF", deadline -> extract(content, deadline));
    }

    private static String extract(byte[] content, ParseDeadline.Deadline deadline) {
        try (PDDocument document = Loader.loadPDF(content)) {
            // Count the pages in the page tree itself: /Count is whatever the file says (issue 16, W5).
            int pages = 0;
            for (PDPage ignored : document.getPages()) {
                deadline.check();
                if (++pages > MAX_PAGES) {
                    throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the PDF has more than " + MAX_PAGES
                            + " pages; a resume has at most " + MAX_PAGES);
                }
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                private int glyphs;

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    deadline.check(); // a content stream of a million operators stops at the deadline
                    super.processOperator(operator, operands);
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    // Every glyph is kept until its page is written: a small file of a million glyphs would fill
                    // the heap long before the deadline.
                    if (++glyphs > MAX_GLYPHS) {
                        throw new MosaicException(MosaicException.Code.DOCUMENT_TOO_LONG, "the PDF has more than " + MAX_GLYPHS
                                + " characters; a resume has far fewer");
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the PDF has no text (a scan without OCR?)");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the PDF is damaged or not a PDF", e);
        }
    }
}
