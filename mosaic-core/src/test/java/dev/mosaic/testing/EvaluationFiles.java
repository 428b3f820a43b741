package dev.mosaic.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The labelled sets under {@code src/test/resources/evaluation}: RFC 4180 CSV files with a header row. */
public final class EvaluationFiles {
    private EvaluationFiles() {
    }

    /**
     * {@return the rows of a labelled set, read by their header's column names}
     *
     * @param resource the file's path under the test resources, such as {@code /evaluation/match-eval.csv}
     */
    public static List<CSVRecord> rows(String resource) {
        InputStream in = EvaluationFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not among the test resources");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
