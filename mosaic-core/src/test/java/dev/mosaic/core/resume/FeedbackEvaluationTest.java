package dev.mosaic.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.internal.documents.DocxDocumentReader;
import dev.mosaic.core.internal.documents.PdfDocumentReader;
import dev.mosaic.core.internal.resume.ResumeReview;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.testing.TestDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The feedback rules against 24 sample resumes written for Mosaic, each with the findings a reviewer expects
 * (resume, rule, line): precision and recall must both reach 0.9. And the same resume as PDF and DOCX gives the
 * same findings as its text.
 */
class FeedbackEvaluationTest {
    private static final int RESUMES = 24;

    @Test
    void precisionAndRecallOfTheRulesAreAtLeastNinetyPercent() {
        Set<String> expected = new HashSet<>();
        for (CSVRecord row : csv("/resumes/expected.csv")) {
            expected.add(row.get("resume").replace(".txt", "") + "|" + row.get("rule") + "|" + row.get("line"));
        }
        Set<String> found = new HashSet<>();
        for (int i = 1; i <= RESUMES; i++) {
            String name = String.format(Locale.ROOT, "r%02d", i);
            for (ResumeFeedback.Suggestion s : ResumeReview.review(text("/resumes/" + name + ".txt")).suggestions()) {
                found.add(name + "|" + s.rule() + "|" + s.line());
            }
        }
        Set<String> truePositives = new HashSet<>(found);
        truePositives.retainAll(expected);
        double precision = (double) truePositives.size() / found.size();
        double recall = (double) truePositives.size() / expected.size();
        Map<String, int[]> perRule = new TreeMap<>();
        expected.forEach(e -> perRule.computeIfAbsent(e.split("\\|")[1], k -> new int[3])[0]++);
        found.forEach(f -> perRule.computeIfAbsent(f.split("\\|")[1], k -> new int[3])[1]++);
        truePositives.forEach(t -> perRule.get(t.split("\\|")[1])[2]++);
        System.out.printf(Locale.ROOT, "[resume feedback] %d resumes, %d expected findings, %d reported: "
                + "precision %.3f, recall %.3f%n", RESUMES, expected.size(), found.size(), precision, recall);
        System.out.println("[resume feedback] per rule (expected/reported/agreed): " + perRule.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1] + "/" + e.getValue()[2])
                .collect(Collectors.joining("; ")));
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aPdfAndADocxGiveTheSameFindingsAsTheirText() {
        for (String name : List.of("r01", "r07", "r13")) {
            String source = text("/resumes/" + name + ".txt");
            String[] lines = source.lines().filter(l -> !l.isBlank()).map(l -> l.replace('\u2022', '*'))
                    .toArray(String[]::new);
            String plain = String.join("\n", lines);
            String fromPdf = new PdfDocumentReader().read(TestDocuments.pdf(lines, 1, false), DocumentReader.Type.PDF);
            String fromDocx = new DocxDocumentReader().read(TestDocuments.docx(lines), DocumentReader.Type.DOCX);
            assertThat(findings(fromPdf)).as(name + " as PDF").isEqualTo(findings(plain));
            assertThat(findings(fromDocx)).as(name + " as DOCX").isEqualTo(findings(plain));
        }
    }

    /** Findings keyed by the text of their line, so that blank-line differences between formats do not matter. */
    private static Set<String> findings(String text) {
        List<String> lines = List.of(text.split("\\R", -1));
        return ResumeReview.review(text).suggestions().stream()
                .filter(s -> !s.rule().startsWith("length"))
                .map(s -> s.rule() + "|" + (s.line() == 0 ? "" : lines.get(s.line() - 1).strip()))
                .collect(Collectors.toSet());
    }

    private static String text(String resource) {
        try (InputStream in = FeedbackEvaluationTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(String resource) {
        try (InputStream in = FeedbackEvaluationTest.class.getResourceAsStream(resource)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
