package dev.mosaic.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.core.MosaicException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON in and out. Request bodies are read with hard limits (size, nesting, string and number length), so a
 * hostile body fails fast with a 4xx instead of costing memory or a stack overflow.
 */
final class JsonCodec {
    static final int MAX_NESTING = 32;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 64;

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    JsonCodec(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                // A key twice in one object is refused, not silently "last one wins" (issue 16, W12).
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }

    /**
     * Reads a JSON object body. An empty body reads as an empty object.
     *
     * @throws ApiException 415 for a non-JSON content type, 413 for a body over the limit, 400 for malformed JSON
     */
    ObjectNode readObject(ServerRequest request) {
        Optional<String> contentType = request.headers().first(HeaderNames.CONTENT_TYPE);
        byte[] body = readBody(request);
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        if (contentType.isPresent() && !isJson(contentType.get())) {
            throw new ApiException(MosaicException.Code.UNSUPPORTED_MEDIA_TYPE,
                    "send JSON with Content-Type: application/json");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new ApiException(MosaicException.Code.JSON_TOO_LARGE,
                    "the JSON nests too deep or has a string or number that is too long");
        } catch (IOException e) {
            throw new ApiException(MosaicException.Code.INVALID_JSON, "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(MosaicException.Code.INVALID_JSON, "the body must be a JSON object");
        }
        if (hasLoneSurrogate(node)) {
            // "\ud800" alone is not text: it would be echoed back as sent but stored as "?" (issue 16, W13).
            throw new ApiException(MosaicException.Code.INVALID_JSON, "the body has a string with an unpaired "
                    + "UTF-16 surrogate");
        }
        return (ObjectNode) node;
    }

    /** {@code application/json}, with parameters or none: not {@code application/jsonx} nor {@code application/json5}. */
    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int end = type.indexOf(';');
        return (end < 0 ? type : type.substring(0, end)).strip().equals("application/json");
    }

    private static boolean hasLoneSurrogate(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && (i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(++i)))) {
                    return true;
                }
                if (Character.isLowSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode child : node) {
            if (hasLoneSurrogate(child)) {
                return true;
            }
        }
        return false;
    }

    private byte[] readBody(ServerRequest request) {
        return BodyReader.body(request, maxBodyBytes).orElseThrow(() -> new ApiException(MosaicException.Code.PAYLOAD_TOO_LARGE,
                "the body is larger than " + maxBodyBytes + " bytes"));
    }

}
