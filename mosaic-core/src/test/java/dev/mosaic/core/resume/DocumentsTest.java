package dev.mosaic.core.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.documents.DocxDocumentReader;
import dev.mosaic.core.internal.documents.PdfDocumentReader;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.testing.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Documents made by the test itself: recognised by content, read within limits, stored safely (RELIABILITY C). */
class DocumentsTest {
    static final String[] RESUME = {"Jane Doe", "jane@example.com", "EXPERIENCE", "Data Analyst, Acme Ltd",
        "Built SQL dashboards in Tableau", "SKILLS", "SQL, Python, Excel"};

    @Test
    void typesAreRecognisedByContentNotByName() throws Exception {
        assertThat(DocumentReader.Type.sniff(pdf(RESUME, 1, false), "cv.pdf")).contains(DocumentReader.Type.PDF);
        assertThat(DocumentReader.Type.sniff(docx(RESUME), "cv.docx")).contains(DocumentReader.Type.DOCX);
        assertThat(DocumentReader.Type.sniff(text("hello"), "cv.txt")).contains(DocumentReader.Type.TXT);
        assertThat(DocumentReader.Type.sniff(text("# Jane"), "cv.md")).contains(DocumentReader.Type.MD);
        assertThat(DocumentReader.Type.sniff(text("<html><body>cv</body></html>"), "cv.pdf")).isEmpty();
        assertThat(DocumentReader.Type.sniff(text("<!DOCTYPE html><p>x</p>"), "cv.txt")).isEmpty();
        assertThat(DocumentReader.Type.sniff(zip("xl/workbook.xml"), "cv.docx")).as("an xlsx named .docx").isEmpty();
        assertThat(DocumentReader.Type.sniff(pdf(RESUME, 1, false), "a.pdf.exe")).isEmpty();
        assertThat(DocumentReader.Type.sniff(new byte[] {'M', 'Z', 0, 0, 3}, "cv.pdf")).isEmpty();
        assertThat(DocumentReader.Type.sniff(text("plain words"), "cv.pdf")).as("text claiming to be a PDF").isEmpty();
    }

    @Test
    void pdfAndDocxReadersFindTheText() throws Exception {
        assertThat(DocumentReader.installed()).hasAtLeastOneElementOfType(PdfDocumentReader.class)
                .hasAtLeastOneElementOfType(DocxDocumentReader.class);
        assertThat(new PdfDocumentReader().read(pdf(RESUME, 1, false), DocumentReader.Type.PDF))
                .contains("Jane Doe", "Built SQL dashboards in Tableau", "SQL, Python, Excel");
        assertThat(new DocxDocumentReader().read(docx(RESUME), DocumentReader.Type.DOCX))
                .contains("Jane Doe", "Built SQL dashboards in Tableau");
    }

    @Test
    void encryptedCorruptHugeAndBombDocumentsAreUnreadableWithinLimits() throws Exception {
        assertUnreadable(() -> new PdfDocumentReader().read(pdf(RESUME, 1, true), DocumentReader.Type.PDF));
        assertUnreadable(() -> new PdfDocumentReader().read(pdf(new String[] {"page"}, 60, false), DocumentReader.Type.PDF));
        byte[] huge = pdf(new String[] {"p"}, 10_000, false);
        long hugeStarted = System.nanoTime();
        assertUnreadable(() -> new PdfDocumentReader().read(huge, DocumentReader.Type.PDF));
        assertThat((System.nanoTime() - hugeStarted) / 1_000_000).as("a 10,000-page PDF is refused fast")
                .isLessThan(10_000);
        assertUnreadable(() -> new PdfDocumentReader().read("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII),
                DocumentReader.Type.PDF));
        long started = System.nanoTime();
        assertUnreadable(() -> new DocxDocumentReader().read(bomb(), DocumentReader.Type.DOCX));
        assertThat((System.nanoTime() - started) / 1_000_000).as("zip bomb refused quickly").isLessThan(5_000);
    }

    @Test
    void aDocxWithAnExternalEntityNeverResolvesIt() throws Exception {
        byte[] clean = docx(new String[] {"Jane"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(clean));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                            .replace("Jane", "Jane &xxe;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        try {
            String text = new DocxDocumentReader().read(out.toByteArray(), DocumentReader.Type.DOCX);
            assertThat(text).doesNotContain("root:");
        } catch (MosaicException e) {
            assertThat(e.code()).isEqualTo(MosaicException.Code.UNREADABLE_DOCUMENT);
        }
    }

    @Test
    void uploadsAreStoredUnderGeneratedIdsWithSanitisedNamesAndFeedTheProfile() throws Exception {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        ReadDocument read = mosaic.resumes().upload(id, "../../etc/\u202Efdp.cv\u0000.pdf", pdf(RESUME, 1, false));
        assertThat(read.upload().filename()).isEqualTo("fdp.cv.pdf");
        assertThat(read.upload().id()).matches("[0-9a-f]{16}");
        assertThat(read.upload().type()).isEqualTo(DocumentReader.Type.PDF);
        assertThat(read.sections()).contains("contact", "experience", "skills");
        assertThat(mosaic.store().uploadContent(id, read.upload().id())).isPresent();
        assertThat(mosaic.jobs().profile(id).skills()).contains("sql", "python", "tableau");

        assertThatThrownBy(() -> mosaic.resumes().upload(id, "  ", text("x"))).isInstanceOf(MosaicException.class)
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.FILENAME_REQUIRED);
        assertThatThrownBy(() -> mosaic.resumes().upload(id, "cv.pdf", text("<html></html>")))
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.UNSUPPORTED_FILE_TYPE);
        assertThat(mosaic.store().uploads(id)).hasSize(1);
    }

    private static void assertUnreadable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(MosaicException.class)
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.UNREADABLE_DOCUMENT);
    }

    static byte[] pdf(String[] lines, int pages, boolean encrypted) {
        return TestDocuments.pdf(lines, pages, encrypted);
    }

    static byte[] docx(String[] lines) {
        return TestDocuments.docx(lines);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A DOCX whose document.xml inflates to 200 MB of spaces. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
