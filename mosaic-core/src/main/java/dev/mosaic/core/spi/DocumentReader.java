package dev.mosaic.core.spi;

import dev.mosaic.core.internal.documents.PlainTextDocumentReader;
import dev.mosaic.core.internal.documents.ZipDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;

/** Turns a document's bytes into plain text. Implementations are thread-safe and bound their own work. */
public interface DocumentReader {
    /** {@return the types this reader handles} */
    Set<DocumentReader.Type> types();

    /**
     * {@return the document's text}
     *
     * @param content the document bytes
     * @param type the type, already recognised from the content
     * @throws dev.mosaic.core.MosaicException with code {@code unreadable_document} when it cannot be read
     */
    String read(byte[] content, DocumentReader.Type type);

    /** {@return the built-in reader for UTF-8 text and Markdown} */
    static DocumentReader plainText() {
        return new PlainTextDocumentReader();
    }

    /**
     * The readers registered as services (on the module path through {@code provides}, on the class path through
     * {@code META-INF/services}); the plain-text reader is always among them.
     *
     * @return one reader per registered implementation, in discovery order
     */
    static List<DocumentReader> installed() {
        List<DocumentReader> readers = new ArrayList<>();
        var providers = ServiceLoader.load(DocumentReader.class, DocumentReader.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                readers.add(providers.next());
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                // an optional reader whose library (PDFBox, POI) is not on the class path: skip it
            }
        }
        return List.copyOf(readers);
    }

    /** Document formats Mosaic can read. */
    public enum Type {
        /** Portable Document Format. */
        PDF("application/pdf"),
        /** Word (Office Open XML). */
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        /** Plain text, UTF-8. */
        TXT("text/plain"),
        /** Markdown, UTF-8. */
        MD("text/markdown");

        private final String mediaType;

        Type(String mediaType) {
            this.mediaType = mediaType;
        }

        /** {@return the IANA media type} */
        public String mediaType() {
            return mediaType;
        }

        /** {@return the lowercase name, e.g. {@code pdf}} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Recognises a document by its content, not by what the client declared: PDF by its {@code %PDF-} header, DOCX
         * by a ZIP whose entries include {@code word/document.xml}, text by valid UTF-8 without NUL bytes that is not
         * HTML. The file name only tells text from Markdown, and must not claim another type (an HTML page named
         * {@code cv.pdf} is refused).
         *
         * @param content the bytes (the first 64 KiB are enough)
         * @param filename the client's file name
         * @return the type, or empty when the content is none of the accepted types or contradicts the name
         */
        public static java.util.Optional<Type> sniff(byte[] content, String filename) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            Type byContent = byContent(content);
            if (byContent == null) {
                return java.util.Optional.empty();
            }
            if (byContent == TXT) {
                if (extension.equals("md") || extension.equals("markdown")) {
                    return java.util.Optional.of(MD);
                }
                return extension.isEmpty() || extension.equals("txt") || extension.equals("text")
                        ? java.util.Optional.of(TXT) : java.util.Optional.empty();
            }
            return extension.isEmpty() || extension.equals(byContent.key()) ? java.util.Optional.of(byContent)
                    : java.util.Optional.empty();
        }

        private static Type byContent(byte[] content) {
            if (startsWith(content, "%PDF-")) {
                return PDF;
            }
            if (startsWith(content, "PK\u0003\u0004")) {
                return zipHasWordDocument(content) ? DOCX : null;
            }
            int length = Math.min(content.length, 65_536);
            for (int i = 0; i < length; i++) {
                if (content[i] == 0) {
                    return null;
                }
            }
            java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                String text = utf8.decode(java.nio.ByteBuffer.wrap(content)).toString();
                String head = text.substring(0, Math.min(text.length(), 2048)).strip().toLowerCase(Locale.ROOT);
                boolean html = head.startsWith("<!doctype") || head.startsWith("<html") || head.contains("<script")
                        || head.startsWith("<?xml") || head.startsWith("<svg");
                return html ? null : TXT;
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }

        /**
         * Whether a ZIP names {@code word/document.xml} in its central directory. The directory is read where the file's
         * end record says it is, and no entry is inflated: stepping through a ZIP's entries in order inflates every one
         * before the one looked for, and a small file can hold a very large entry (issue 16, W2).
         */
        private static boolean zipHasWordDocument(byte[] zip) {
            return ZipDirectory.read(zip).map(directory -> directory.names().contains("word/document.xml"))
                    .orElse(false);
        }

        private static boolean startsWith(byte[] content, String magic) {
            if (content.length < magic.length()) {
                return false;
            }
            for (int i = 0; i < magic.length(); i++) {
                if (content[i] != (byte) magic.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
