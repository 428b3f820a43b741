package dev.mosaic.core.spi;

import dev.mosaic.core.jobs.Opportunity;
import java.util.List;

/** Where job postings come from. Implementations are thread-safe. */
public interface OpportunitySource {
    /** @return a short name, e.g. {@code bundled} */
    String name();

    /**
     * @return every posting of the source
     * @throws dev.mosaic.core.MosaicException when the source cannot be read, saying where the problem is
     */
    List<Opportunity> load();

    /** @return the postings bundled with Mosaic */
    static OpportunitySource bundled() {
        return BundledOpportunities.INSTANCE;
    }
}
