package dev.mosaic.core.internal.jobs;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.jobs.OpportunityFiles;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.spi.OpportunitySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The postings bundled in the jar (written for Mosaic), read once. */
public final class BundledOpportunities implements OpportunitySource {
    public static final BundledOpportunities INSTANCE = new BundledOpportunities();
    private static final String RESOURCE = "/dev/mosaic/core/jobs/opportunities.json";

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
            try (InputStream in = BundledOpportunities.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, RESOURCE + " is missing from the jar");
                }
                loaded = OpportunityFiles.mosaicJson("opportunities.json",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled");
            } catch (IOException e) {
                throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, "cannot read " + RESOURCE, e);
            }
            cached = loaded;
        }
        return loaded;
    }
}
