package dev.mosaic.core.spi;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.jobs.Seniority;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The postings bundled in the jar, read once from a CSV resource. */
final class BundledOpportunities implements OpportunitySource {
    static final BundledOpportunities INSTANCE = new BundledOpportunities();
    private static final String RESOURCE = "/dev/mosaic/core/jobs/opportunities.csv";

    private volatile List<Opportunity> cached;

    private BundledOpportunities() {
    }

    @Override
    public String name() {
        return "bundled";
    }

    @Override
    public List<Opportunity> load() {
        List<Opportunity> loaded = cached;
        if (loaded == null) {
            loaded = read();
            cached = loaded;
        }
        return loaded;
    }

    private static List<Opportunity> read() {
        try (InputStream in = BundledOpportunities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new MosaicException("invalid_opportunities", RESOURCE + " is missing from the jar");
            }
            return parse("opportunities.csv", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MosaicException("invalid_opportunities", "cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<Opportunity> parse(String source, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Opportunity> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                try {
                    out.add(new Opportunity(row.get("job_id"), row.get("role"), row.get("company"),
                            row.get("location"), Boolean.parseBoolean(row.get("remote")), row.get("description"),
                            list(row.get("must_have")), list(row.get("nice_to_have")),
                            Seniority.parse(row.get("seniority")), list(row.get("values")),
                            optional(row.get("url")), "bundled", date(row.get("posted_at"))));
                } catch (RuntimeException e) {
                    throw new MosaicException("invalid_opportunities", source + ": record "
                            + row.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(";")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("posted_at '" + text + "' is not a date like 2026-03-01", e);
        }
    }
}
