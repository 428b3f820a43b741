package dev.mosaic.core.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.internal.jobs.JobMatcher;
import dev.mosaic.core.internal.jobs.JsonReader;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.spi.OpportunitySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Job matching on 30 labelled profiles (short resumes written for Mosaic, with the postings a recruiter would
 * shortlist from the bundled dataset): top-3 precision and NDCG@10.
 */
class JobMatchingEvaluationTest {
    private final JobMatcher matcher = JobMatcher.of(OpportunitySource.bundled().load());

    @Test
    void topThreePrecisionIsAtLeastEightyPercent() {
        List<?> profiles = (List<?>) JsonReader.parse("profiles.json", read("/evaluation/profiles.json"));
        double precision = 0;
        double ndcg = 0;
        for (Object item : profiles) {
            Map<?, ?> profile = (Map<?, ?>) item;
            List<?> shortlist = (List<?>) profile.get("shortlist");
            List<JobMatch> ranked = matcher.rank(matcher.profileFrom(List.of((String) profile.get("resume"))), 10);
            long hits = ranked.subList(0, 3).stream().filter(m -> shortlist.contains(m.opportunity().jobId())).count();
            precision += hits / 3.0;
            double dcg = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (shortlist.contains(ranked.get(i).opportunity().jobId())) {
                    dcg += 1 / (Math.log(i + 2) / Math.log(2));
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, shortlist.size()); i++) {
                ideal += 1 / (Math.log(i + 2) / Math.log(2));
            }
            ndcg += dcg / ideal;
        }
        precision /= profiles.size();
        ndcg /= profiles.size();
        System.out.printf(Locale.ROOT, "[job matching] %d profiles: top-3 precision %.3f, NDCG@10 %.3f%n",
                profiles.size(), precision, ndcg);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }

    private static String read(String resource) {
        try (InputStream in = JobMatchingEvaluationTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
