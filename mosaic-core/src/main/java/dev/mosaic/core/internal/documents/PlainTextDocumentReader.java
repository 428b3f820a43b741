package dev.mosaic.core.internal.documents;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.DocumentReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads UTF-8 text and Markdown; refuses bytes that are not valid UTF-8 or that hold NUL characters. Registered as a
 * {@link java.util.ServiceLoader service}, so {@link DocumentReader#installed()} always finds it. Stateless and
 * thread-safe.
 */
public final class PlainTextDocumentReader implements DocumentReader {
    /** For the service loader; use {@link DocumentReader#plainText()} in code. */
    public PlainTextDocumentReader() {
    }

    @Override
    public Set<DocumentReader.Type> types() {
        return Set.of(DocumentReader.Type.TXT, DocumentReader.Type.MD);
    }

    @Override
    public String read(byte[] content, DocumentReader.Type type) {
        if (!types().contains(type)) {
            throw new MosaicException(MosaicException.Code.UNSUPPORTED_FILE_TYPE, "plain text reader cannot read " + type.key());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the text is not valid UTF-8", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new MosaicException(MosaicException.Code.UNREADABLE_DOCUMENT, "the text contains NUL characters");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
