package dev.mosaic.core.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.documents.PlainTextDocumentReader;
import dev.mosaic.core.spi.DocumentReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    @Test
    void thePlainTextReaderIsRegisteredAsAService() {
        assertThat(DocumentReader.installed()).anySatisfy(reader -> assertThat(reader)
                .isInstanceOf(PlainTextDocumentReader.class));
    }

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() {
        byte[] bytes = "\uFEFFJos\u00e9 Garc\u00eda\nDeveloper".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentReader.plainText().read(bytes, DocumentReader.Type.MD)).isEqualTo("Jos\u00e9 Garc\u00eda\nDeveloper");
    }

    @Test
    void refusesBinaryAndInvalidText() {
        assertThatThrownBy(() -> DocumentReader.plainText().read(new byte[] {(byte) 0xC3, 0x28}, DocumentReader.Type.TXT))
                .isInstanceOf(MosaicException.class).extracting(e -> ((MosaicException) e).code())
                .isEqualTo(MosaicException.Code.UNREADABLE_DOCUMENT);
        assertThatThrownBy(() -> DocumentReader.plainText().read("a\0b".getBytes(StandardCharsets.UTF_8),
                DocumentReader.Type.TXT)).hasMessageContaining("NUL");
        assertThatThrownBy(() -> DocumentReader.plainText().read(new byte[] {1}, DocumentReader.Type.PDF))
                .extracting(e -> ((MosaicException) e).code()).isEqualTo(MosaicException.Code.UNSUPPORTED_FILE_TYPE);
    }
}
