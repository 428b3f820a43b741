package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCheckTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return LibraryCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theBundledLibraryChecksCleanWithCountsPerTagAndItsHash() {
        int status = check("../prompts/prompts.csv");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).containsPattern("prompts\\.csv: OK: \\d{3,} rows, sha256 [0-9a-f]{12}, 0 warning\\(s\\)");
        assertThat(printed).containsPattern("  Decision-Making +\\d+");
        assertThat(printed.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(15);
    }

    @Test
    void aBrokenLibraryListsEveryProblemAndFails(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "prompt,completion,tag\n"
                + "I keep missing deadlines at work,Try a weekly plan. What is one deadline you could move?,Time\n"
                + "I keep missing deadlines at work!,\"\",Time Management\n");
        assertThat(check(csv.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(csv + ":2:3: error: unknown tag 'Time'")
                .contains(csv + ":3:2: error: empty completion")
                .contains("INVALID: 2 error(s)");
    }

    @Test
    void aMissingFileIsReportedOnStandardError() {
        assertThat(check("/no/such/file.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("/no/such/file.csv: cannot read");
    }
}
