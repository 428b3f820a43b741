/**
 * Mosaic core: the SDK facade ({@link dev.mosaic.core.Mosaic}), the coaching, prompt, job and resume facets, and the
 * SPIs for AI models, storage, opportunity sources and document readers. Works offline with no AI key.
 */
@org.jspecify.annotations.NullMarked
module dev.mosaic.core {
    requires static org.jspecify;
    requires org.apache.commons.csv;
    requires static org.apache.pdfbox;
    requires static org.apache.poi.ooxml;

    exports dev.mosaic.core;
    exports dev.mosaic.core.care;
    exports dev.mosaic.core.coach;
    exports dev.mosaic.core.jobs;
    exports dev.mosaic.core.prompts;
    exports dev.mosaic.core.resume;
    exports dev.mosaic.core.session;
    exports dev.mosaic.core.spi;

    uses dev.mosaic.core.spi.DocumentReader;
    uses dev.mosaic.core.spi.Store.Provider;

    provides dev.mosaic.core.spi.DocumentReader with dev.mosaic.core.internal.documents.PlainTextDocumentReader,
            dev.mosaic.core.internal.documents.PdfDocumentReader, dev.mosaic.core.internal.documents.DocxDocumentReader;
}
