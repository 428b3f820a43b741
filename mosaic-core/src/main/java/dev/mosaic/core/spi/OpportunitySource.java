package dev.mosaic.core.spi;

import dev.mosaic.core.internal.jobs.BundledOpportunities;
import dev.mosaic.core.jobs.Opportunity;
import java.util.List;

/** Where job postings come from. Implementations are thread-safe. */
public interface OpportunitySource {
    /** {@return a short name, e.g. {@code bundled}} */
    String name();

    /**
     * {@return every posting of the source}
     *
     * @throws dev.mosaic.core.MosaicException when the source cannot be read, saying where the problem is
     */
    List<Opportunity> load();

    /** {@return the postings bundled with Mosaic (over 200, written for Mosaic, across many fields and levels)} */
    static OpportunitySource bundled() {
        return BundledOpportunities.INSTANCE;
    }

    /**
     * Postings from a JSON file in Mosaic's schema (the README's "Job matching" section describes it), read on every
     * {@link #load()}.
     *
     * @param path the file
     * @return the source
     */
    static OpportunitySource jsonFile(java.nio.file.Path path) {
        return file("json:" + path.getFileName(), path, text -> dev.mosaic.core.internal.jobs.OpportunityFiles.mosaicJson(
                path.toString(), text, "file"));
    }

    /**
     * Postings from a Greenhouse job-board export ({@code {"jobs": [...]}}), HTML stripped, skills read with the
     * bundled vocabulary.
     *
     * @param path the file
     * @return the source
     */
    static OpportunitySource greenhouseFile(java.nio.file.Path path) {
        return file("greenhouse:" + path.getFileName(), path, text -> dev.mosaic.core.internal.jobs.OpportunityFiles
                .greenhouseJson(path.toString(), text, dev.mosaic.core.internal.jobs.SkillVocabulary.bundled()));
    }

    private static OpportunitySource file(String name, java.nio.file.Path path,
                                          java.util.function.Function<String, List<Opportunity>> parser) {
        return new OpportunitySource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Opportunity> load() {
                try {
                    return parser.apply(java.nio.file.Files.readString(path));
                } catch (java.io.IOException e) {
                    throw new dev.mosaic.core.MosaicException(dev.mosaic.core.MosaicException.Code.INVALID_OPPORTUNITIES, "cannot read " + path + ": "
                            + e.getMessage(), e);
                }
            }
        };
    }
}
