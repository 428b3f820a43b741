package dev.mosaic.semantic;

import dev.mosaic.testing.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's public API is the committed listing in {@code api/mosaic-semantic.api}: a change to it is a reviewed diff. */
class ApiListingTest {
    @Test
    void publicApiMatchesTheCommittedListing() {
        ApiListing.check(Path.of("target/classes"), Path.of("api/mosaic-semantic.api"));
    }
}
