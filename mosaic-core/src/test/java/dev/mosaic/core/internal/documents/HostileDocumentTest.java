package dev.mosaic.core.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.documents.DocxDocumentReader;
import dev.mosaic.core.internal.documents.ParseDeadline;
import dev.mosaic.core.internal.documents.PdfDocumentReader;
import dev.mosaic.core.internal.documents.ZipDirectory;
import dev.mosaic.core.spi.DocumentReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * Documents built to cost the server (issue 16: B2, W2, W5): each is refused, and none keeps a thread busy past its
 * deadline.
 */
class HostileDocumentTest {
    private final PdfDocumentReader pdf = new PdfDocumentReader();

    /**
     * B2: a PDF that runs for minutes (2 KB: forms that draw forms ten times over, seven deep) was answered at 10 s
     * while its parser kept a core busy until restart, on an unbounded pool. Now at most {@link ParseDeadline#AT_ONCE}
     * parses run at once, each stops itself at its deadline, and no parser uses CPU a second later.
     */
    @Test
    void runawayPdfsStopAtTheirDeadlineAndOnlyAFewRunAtOnce() throws Exception {
        byte[] runaway = formsDrawingForms(7, 10);
        assertThat(runaway.length).isLessThan(4_000);
        int attempts = ParseDeadline.AT_ONCE + 2;
        ExecutorService clients = Executors.newFixedThreadPool(attempts);
        List<Future<MosaicException>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < attempts; i++) {
            results.add(clients.submit(() -> catchThrowableOfType(MosaicException.class,
                    () -> pdf.read(runaway, DocumentReader.Type.PDF))));
        }
        Thread.sleep(2_000);
        assertThat(parserThreads()).as("parser threads while %d runaway PDFs are read", attempts)
                .hasSizeLessThanOrEqualTo(ParseDeadline.AT_ONCE);
        for (Future<MosaicException> result : results) {
            MosaicException refused = result.get();
            assertThat(refused).isNotNull();
            assertThat(refused.code()).isEqualTo(MosaicException.Code.UNREADABLE_DOCUMENT);
            assertThat(refused.getMessage()).contains("took longer than 10 s");
        }
        clients.shutdown();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("every refusal by its own deadline")
                .isLessThan(Duration.ofSeconds(12));
        Thread.sleep(1_000);
        long cpu = parserCpuNanos();
        Thread.sleep(1_000);
        assertThat(Duration.ofNanos(parserCpuNanos() - cpu)).as("parser CPU in the second after")
                .isLessThan(Duration.ofMillis(100));
    }

    /** W5: the 50-page limit read /Count, so a file saying "1 page" over 60 real ones was read in full. */
    @Test
    void pagesAreCountedInThePageTreeNotTakenFromCount() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 60; i++) {
                document.addPage(new PDPage());
            }
            document.getPages().getCOSObject().setInt(COSName.COUNT, 1);
            document.save(out);
            MosaicException refused = catchThrowableOfType(MosaicException.class,
                    () -> pdf.read(out.toByteArray(), DocumentReader.Type.PDF));
            assertThat(refused.getMessage()).contains("more than 50 pages");
        }
    }

    /** A PDF of a million glyphs in 30 KB would fill the heap: it is refused as too long once it passes 200,000. */
    @Test
    void aPdfWithFarMoreTextThanAResumeIsRefusedBeforeItFillsTheHeap() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                for (int i = 0; i < 1_000_000; i++) {
                    content.showText("a");
                    content.newLineAtOffset(1, 0);
                }
                content.endText();
            }
            document.save(out);
            MosaicException refused = catchThrowableOfType(MosaicException.class,
                    () -> pdf.read(out.toByteArray(), DocumentReader.Type.PDF));
            assertThat(refused.code()).isEqualTo(MosaicException.Code.DOCUMENT_TOO_LONG);
        }
    }

    /**
     * W2: recognising a DOCX stepped through the ZIP's entries, inflating each one before {@code word/document.xml}:
     * 20 s of CPU for 7.3 MB. The central directory is read instead, nothing inflated; the reader then refuses a
     * document whose directory declares more than it allows.
     */
    @Test
    void aZipBombBeforeTheWordDocumentIsRecognisedWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros); // 512 MB that deflate to about half a megabyte
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        long started = System.nanoTime();
        assertThat(DocumentReader.Type.sniff(bomb, "resume.docx")).contains(DocumentReader.Type.DOCX);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("recognised without inflating 512 MB")
                .isLessThan(Duration.ofMillis(100));
        MosaicException refused = catchThrowableOfType(MosaicException.class,
                () -> new DocxDocumentReader().read(bomb, DocumentReader.Type.DOCX));
        assertThat(refused.getMessage()).contains("unpacks to more than");
        assertThat(ZipDirectory.read(bomb).orElseThrow().names()).containsExactly("word/media/padding.bin",
                "word/document.xml");
    }

    /** Forms that each draw the form below them {@code fan} times, {@code depth} deep: fan^depth draws, tiny file. */
    static byte[] formsDrawingForms(int depth, int fan) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFormXObject below = null;
            for (int level = 0; level <= depth; level++) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(new PDRectangle(100, 100));
                PDResources resources = new PDResources();
                form.setResources(resources);
                StringBuilder operators = new StringBuilder();
                String draw = below == null ? "q Q\n" : "/" + resources.add(below).getName() + " Do\n";
                operators.append(draw.repeat(fan));
                try (OutputStream content = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    content.write(operators.toString().getBytes(StandardCharsets.US_ASCII));
                }
                below = form;
            }
            page.setResources(new PDResources());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(below);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<Thread> parserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("mosaic-document-parser")).toList();
    }

    private static long parserCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return parserThreads().stream().mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }
}
