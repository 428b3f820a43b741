package dev.mosaic.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.jobs.JobMatcher;
import dev.mosaic.core.internal.jobs.SkillVocabulary;
import dev.mosaic.core.spi.OpportunitySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled postings and skills vocabulary are real, varied and consistent; the file sources report errors. */
class JobDataTest {
    private final List<Opportunity> bundled = OpportunitySource.bundled().load();
    private final SkillVocabulary vocabulary = SkillVocabulary.bundled();

    @Test
    void theBundledPostingsSpanManyFieldsAndEveryLevel() {
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(200);
        assertThat(bundled.stream().map(Opportunity::jobId).collect(Collectors.toSet())).hasSize(bundled.size());
        Map<String, Long> byField = bundled.stream().collect(Collectors.groupingBy(o -> o.jobId().split("-")[0],
                Collectors.counting()));
        assertThat(byField.keySet()).contains("sw", "da", "ds", "mk", "sl", "op", "fn", "hc", "ed", "tr", "np");
        assertThat(byField.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        Map<Opportunity.Seniority, Long> byLevel = bundled.stream().collect(Collectors.groupingBy(Opportunity::seniority,
                Collectors.counting()));
        assertThat(byLevel.keySet()).containsExactlyInAnyOrder(Opportunity.Seniority.values());
        assertThat(bundled.stream().filter(Opportunity::remote).count()).isBetween(30L, 150L);
        for (Opportunity o : bundled) {
            assertThat(o.mustHave()).as(o.jobId()).isNotEmpty();
            assertThat(o.description()).as(o.jobId()).isNotBlank();
            for (String skill : concat(o.mustHave(), o.niceToHave())) {
                assertThat(vocabulary.canonical(skill)).as("%s: %s is a known skill", o.jobId(), skill)
                        .contains(skill);
            }
        }
    }

    @Test
    void theVocabularyReadsSynonymsAbbreviationsAndRespectsCase() {
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(500);
        List<String> found = vocabulary.skillsIn("Deployed to k8s; wrote JS and TypeScript; built ML models in "
                + "Python; Postgres and Spring Boot; CI/CD with GitHub Actions. Java/Kotlin.");
        assertThat(found).contains("kubernetes", "javascript", "machine learning", "python", "postgresql",
                "spring boot", "java", "kotlin");
        assertThat(vocabulary.skillsIn("we will go to the meeting and stay lean")).doesNotContain("go", "lean");
        assertThat(vocabulary.skillsIn("Backend services in Go")).contains("go");
        assertThat(vocabulary.skillsIn("my ml ambitions")).doesNotContain("machine learning");
        // Issue 18: abbreviations that are also names or words are skills only in capitals
        assertThat(vocabulary.skillsIn("Jane Doe, Leeds. Stocked shelves and ran the till")).isEmpty();
        assertThat(vocabulary.skillsIn("Ran a DOE on the moulding line; configured SAP and the POS"))
                .contains("experiment design").hasSize(3);
        assertThat(vocabulary.skillsIn("a nervous tic, the sap of the tree, my cad of a landlord")).isEmpty();
        // found on the tuning half of the words set: a weekday, a lost spark and the C-suite are not skills
        assertThat(vocabulary.skillsIn("I'll call them on Monday; I've lost the spark; I present to the C-suite"))
                .isEmpty();
        assertThat(vocabulary.skillsIn("Batch jobs in Spark, boards in monday.com")).contains("apache spark",
                "monday.com");
    }

    @Test
    void aMosaicJsonFileLoadsAndItsErrorsNameThePostingAndField(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("jobs.json");
        Files.writeString(good, """
                [{"job_id": "x-1", "role": "Data Analyst", "company": "Acme", "location": "Leeds, UK",
                  "remote": false, "seniority": "entry", "description": "SQL all day.", "must_have": ["SQL"],
                  "nice_to_have": [], "values": ["curiosity"], "url": "https://example.com/1",
                  "posted_at": "2026-10-01"}]""");
        List<Opportunity> loaded = OpportunitySource.jsonFile(good).load();
        assertThat(loaded).singleElement().satisfies(o -> {
            assertThat(o.mustHave()).containsExactly("sql");
            assertThat(o.source()).isEqualTo("file");
            assertThat(o.url()).contains("https://example.com/1");
        });

        Path badField = dir.resolve("bad.json");
        Files.writeString(badField, "[{\"job_id\": \"x-2\", \"role\": \"Analyst\", \"company\": \"A\", "
                + "\"location\": \"Leeds\", \"remote\": \"yes\", \"seniority\": \"mid\"}]");
        assertThatThrownBy(() -> OpportunitySource.jsonFile(badField).load()).isInstanceOf(MosaicException.class)
                .hasMessage(badField + ": posting 1 (x-2): \"remote\" must be true or false");

        Path badJson = dir.resolve("broken.json");
        Files.writeString(badJson, "[\n  {\"job_id\": \"x-3\",\n   \"role\": }\n]");
        assertThatThrownBy(() -> OpportunitySource.jsonFile(badJson).load()).isInstanceOf(MosaicException.class)
                .hasMessageStartingWith(badJson + ":3:12: unexpected character");
    }

    @Test
    void aGreenhouseExportLoadsWithItsHtmlStrippedAndSkillsRead(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("greenhouse.json");
        Files.writeString(export, """
                {"jobs": [{"id": 4012345, "title": "Senior Data Engineer",
                  "location": {"name": "Remote - Europe"},
                  "absolute_url": "https://boards.example.com/acme/jobs/4012345",
                  "updated_at": "2026-10-12T09:30:00-04:00",
                  "content": "&lt;p&gt;We build pipelines in &lt;strong&gt;Python&lt;/strong&gt; and SQL on AWS.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;ul&gt;&lt;li&gt;Airflow &amp;amp; dbt&lt;/li&gt;&lt;/ul&gt;"}]}""");
        Opportunity job = OpportunitySource.greenhouseFile(export).load().get(0);
        assertThat(job.jobId()).isEqualTo("gh-4012345");
        assertThat(job.seniority()).isEqualTo(Opportunity.Seniority.SENIOR);
        assertThat(job.remote()).isTrue();
        assertThat(job.description()).contains("We build pipelines in Python and SQL on AWS.")
                .doesNotContain("<", "alert", "&amp;");
        assertThat(job.mustHave()).contains("python", "sql");
        assertThat(job.postedAt()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-10-12"));
    }

    @Test
    void twoPeopleGetDifferentExplainedRankingsFromTheSameData() {
        JobMatcher matcher = JobMatcher.of(bundled);
        List<JobMatch> nurse = matcher.rank(matcher.profileFrom(List.of("Registered nurse, 6 years in critical "
                + "care with ACLS and telemetry, looking for a senior ICU role")), 5);
        List<JobMatch> developer = matcher.rank(matcher.profileFrom(List.of("Backend developer, 4 years of Java, "
                + "Spring Boot, SQL and REST APIs, open to remote work")), 5);
        Set<String> nurseIds = new HashSet<>(nurse.stream().map(m -> m.opportunity().jobId()).toList());
        assertThat(developer).noneMatch(m -> nurseIds.contains(m.opportunity().jobId()));
        assertThat(nurse.get(0).opportunity().jobId()).startsWith("hc-");
        assertThat(developer.get(0).opportunity().jobId()).startsWith("sw-");
        assertThat(nurse.get(0).reasons()).anySatisfy(r -> assertThat(r).contains("critical care"));
        assertThat(developer.get(0).reasons()).anySatisfy(r -> assertThat(r).contains("java"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
