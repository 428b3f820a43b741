package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.testing.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs, and prints what its documentation says it prints. */
class ExamplesTest {
    @TempDir
    Path dir;

    @Test
    void embeddedCoachKeepsTheConversationInSqliteAcrossARestart() throws Exception {
        Path database = dir.resolve("coach.db");
        String out = Console.capture(() -> EmbeddedCoach.main(new String[] {database.toString()}));
        assertThat(out.lines().filter(line -> line.startsWith("> "))).hasSize(3);
        assertThat(out).containsPattern("Metrics\\[clarity=\\d+, action=\\d+, momentum=\\d+\\] from (LIBRARY|CLARIFY)")
                .contains("after reopening: 3 turns, strongest ").contains("next step: ");
        assertThat(database).isRegularFile();
    }

    @Test
    void resumeJobCheckReportsFitMissingKeywordsAndSuggestions() throws Exception {
        Path resume = dir.resolve("resume.pdf");
        Files.write(resume, TestDocuments.pdf(new String[] {"Alex Kim", "alex.kim@example.com", "EXPERIENCE",
            "Data Analyst, Northwind Traders, 2021 - present",
            "- Built weekly sales dashboards in Tableau used by 40 managers",
            "- Wrote SQL queries and Excel models for pricing", "EDUCATION", "BSc Economics, 2021", "SKILLS",
            "SQL, Excel, Tableau, data visualization"}, 1, false));
        Path job = dir.resolve("job.txt");
        Files.writeString(job, """
                Senior Data Analyst
                We need SQL and Tableau every day, Python for automation, and experience with A/B testing.
                Snowflake is a plus.
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ResumeJobCheck.run(new String[] {resume.toString(), job.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).startsWith("job: Senior Data Analyst").containsPattern("fit: \\d+/100")
                .containsPattern("resume score: \\d+/100").contains("top suggestions:\n- ");
        String missing = printed.lines().filter(line -> line.startsWith("missing keywords: ")).findFirst()
                .orElseThrow();
        assertThat(missing).contains("python").doesNotContain("sql", "tableau");
    }

    @Test
    void resumeJobCheckRefusesBadArgumentsWithStatusTwo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(ResumeJobCheck.run(new String[] {"only-one"}, System.out, errors)).isEqualTo(2);
        assertThat(ResumeJobCheck.run(new String[] {dir.resolve("none.pdf").toString(), "job.txt"}, System.out,
                errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ResumeJobCheck", "cannot read");
    }

    @Test
    void customModelAndSourceAreTheOnesUsed() throws Exception {
        String out = Console.capture(() -> CustomModelAndSource.main(new String[0]));
        assertThat(out).contains("coach (MODEL): Thanks for telling me this in", "One thing to try: ");
        assertThat(out.lines().filter(line -> line.contains("[internal-board]"))).hasSize(3);
        assertThat(out.lines().filter(line -> line.contains("[internal-board]")).findFirst().orElseThrow())
                .containsAnyOf("Data Analyst, Finance", "Product Analyst");
    }

    @Test
    void promptVersionsSwitchesToTheTeamLibraryAndBack() throws Exception {
        String[] lines = Console.capture(() -> PromptVersions.main(new String[0])).split("\n");
        assertThat(lines[0]).startsWith("version 1 (638 rows): ");
        assertThat(lines[1]).startsWith("added version 2: 6 rows, sha ");
        assertThat(lines[2]).isEqualTo("version 2 (6 rows): eng-001 Career Search");
        assertThat(lines[3]).startsWith("version 1 (638 rows): ").isEqualTo(lines[0]);
    }
}
