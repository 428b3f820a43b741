package dev.mosaic.server;

import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one file field from a {@code multipart/form-data} body. The body is read only up to the upload limit plus a
 * little room for the part headers; one byte more and the request is refused with 413 {@code file_too_large}, so an
 * oversized upload never sits in memory whole.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]{1,200})\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    static final int HEADER_ROOM = 16 * 1024;

    /** The file part: its declared name (possibly empty) and bytes. */
    record FilePart(String filename, byte[] content) {
    }

    private Multipart() {
    }

    static Optional<FilePart> file(ServerRequest request, String field, long maxFileBytes) {
        String contentType = request.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        Matcher boundaryMatcher = BOUNDARY.matcher(contentType);
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundaryMatcher.find()) {
            throw new ApiException(MosaicException.Code.UNSUPPORTED_MEDIA_TYPE,
                    "send the file as multipart/form-data in the field '" + field + "'");
        }
        byte[] body = BodyReader.body(request, maxFileBytes + HEADER_ROOM).orElseThrow(() -> new ApiException(MosaicException.Code.FILE_TOO_LARGE,
                "the upload is larger than " + maxFileBytes + " bytes"));
        byte[] delimiter = ("--" + boundaryMatcher.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break; // closing delimiter
            }
            headersStart = skipLineEnd(body, headersStart);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundaryMatcher.group(1)).getBytes(StandardCharsets.ISO_8859_1),
                    contentStart);
            if (next < 0) {
                break;
            }
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                Matcher filename = FILENAME.matcher(headers);
                byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
                if (content.length > maxFileBytes) {
                    throw new ApiException(MosaicException.Code.FILE_TOO_LARGE,
                            "the file is larger than " + maxFileBytes + " bytes");
                }
                return Optional.of(new FilePart(filename.find() ? filename.group(1) : "", content));
            }
            at = next + 2;
        }
        return Optional.empty();
    }

    private static int skipLineEnd(byte[] body, int at) {
        if (at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n') {
            return at + 2;
        }
        return at;
    }

    /**
     * The first index of {@code needle} at or after {@code from}, in time linear in the haystack (Knuth-Morris-Pratt):
     * a body of "-----..." against a 70-byte boundary made the naive search cost 3.6 s per 8 MB (issue 16, W8).
     */
    static int indexOf(byte[] haystack, byte[] needle, int from) {
        if (needle.length == 0) {
            return Math.max(0, Math.min(from, haystack.length));
        }
        int[] fallback = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fallback[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fallback[i] = k;
        }
        for (int i = Math.max(0, from), matched = 0; i < haystack.length; i++) {
            while (matched > 0 && haystack[i] != needle[matched]) {
                matched = fallback[matched - 1];
            }
            if (haystack[i] == needle[matched]) {
                matched++;
            }
            if (matched == needle.length) {
                return i - needle.length + 1;
            }
        }
        return -1;
    }
}
