package dev.mosaic.core.internal.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.internal.jobs.SkillVocabulary;
import dev.mosaic.core.resume.ReadDocument;
import org.junit.jupiter.api.Test;

class StructureReaderTest {
    @Test
    void contactSummaryEntriesEducationAndSkillsAreRead() {
        String resume = String.join("\n", "Priya Nair", "priya@example.com | 020 7946 0958", "", "Summary",
                "Data analyst who turns trading data into weekly decisions.", "", "Experience",
                "Data Analyst, Harbor Retail, 2021-2024", "- Built the weekly dashboard in Tableau",
                "- Cut stock-outs by 12% with a Python forecast", "Junior Analyst - Leeds Council (Sep 2019 - 2021)",
                "* Wrote SQL reports for 4 teams", "", "Education", "BSc Economics, University of Leeds, 2019",
                "Skills", "SQL, Tableau, Python");
        ReadDocument.Structure structure = StructureReader.read(resume, SkillVocabulary.bundled());
        assertThat(structure.email()).contains("priya@example.com");
        assertThat(structure.phone()).contains("020 7946 0958");
        assertThat(structure.summary()).startsWith("Data analyst who turns");
        assertThat(structure.experience()).hasSize(2);
        assertThat(structure.experience().get(0)).satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Data Analyst");
            assertThat(entry.employer()).isEqualTo("Harbor Retail");
            assertThat(entry.dates()).isEqualTo("2021-2024");
            assertThat(entry.bullets()).hasSize(2);
        });
        assertThat(structure.experience().get(1)).satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Junior Analyst");
            assertThat(entry.employer()).isEqualTo("Leeds Council");
            assertThat(entry.dates()).isEqualTo("Sep 2019 - 2021");
            assertThat(entry.bullets()).containsExactly("Wrote SQL reports for 4 teams");
        });
        assertThat(structure.education()).containsExactly("BSc Economics, University of Leeds, 2019");
        assertThat(structure.skills()).contains("sql", "tableau", "python");
    }
}
