package dev.mosaic.core.internal.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ZIP file's central directory, read from the bytes without inflating anything: the entries' names and the sizes
 * they declare. Used to recognise a DOCX and to refuse one whose declared contents are too large before a parser
 * inflates them. Immutable.
 *
 * @param names the entries' names, in directory order
 * @param declaredBytes the sum of the entries' declared uncompressed sizes
 */
public record ZipDirectory(List<String> names, long declaredBytes) {
    private static final int END_RECORD = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    /** The end record is 22 bytes plus a comment of at most 65,535. */
    private static final int MAX_END_SEARCH = 22 + 65_535;
    /** More entries than any document has; a directory that claims more is not read. */
    static final int MAX_ENTRIES = 10_000;

    public ZipDirectory {
        names = List.copyOf(names);
    }

    /** @return the directory, or empty when the bytes are not a ZIP this can read (ZIP64 included) */
    public static Optional<ZipDirectory> read(byte[] zip) {
        int end = -1;
        for (int at = zip.length - 22; at >= 0 && at >= zip.length - MAX_END_SEARCH; at--) {
            if (int32(zip, at) == END_RECORD) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int count = int16(zip, end + 10);
        long size = int32(zip, end + 12) & 0xffffffffL;
        long offset = int32(zip, end + 16) & 0xffffffffL;
        if (count > MAX_ENTRIES || offset + size > end) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(count);
        long declared = 0;
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || int32(zip, at) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            long uncompressed = int32(zip, at + 24) & 0xffffffffL;
            int nameLength = int16(zip, at + 28);
            int extraLength = int16(zip, at + 30);
            int commentLength = int16(zip, at + 32);
            if (at + 46 + nameLength > end) {
                return Optional.empty();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            declared += uncompressed;
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipDirectory(names, declared));
    }

    private static int int16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
                | (bytes[at + 3] & 0xff) << 24;
    }
}
