package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.testing.ApiListing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's public API is the committed listing in {@code api/mosaic-core.api}: a change to it is a reviewed diff. */
class ApiListingTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void publicApiMatchesTheCommittedListing() {
        ApiListing.check(CLASSES, Path.of("api/mosaic-core.api"));
    }

    @Test
    void theExportedPackagesHoldAtMost36PublicTopLevelTypes() {
        List<String> topLevel = ApiListing.listing(CLASSES).lines()
                .filter(line -> line.startsWith("public ")).map(ApiListingTest::typeName)
                .filter(name -> !name.contains("$")).toList();
        // 35 at SDK 0.2; the 36th is the Embedder SPI (issue 18), which an application implements itself.
        assertThat(topLevel).as("nest values in the type they belong to, or keep the type internal")
                .hasSizeLessThanOrEqualTo(36).hasSizeGreaterThan(20);
    }

    /** The declared type of a listing's type line: its first name in a Mosaic package. */
    private static String typeName(String line) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("dev\\.mosaic\\.[\\w.$]+").matcher(line);
        return name.find() ? name.group() : line;
    }
}
