package dev.mosaic.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
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
                .build();
        this.mapper = new ObjectMapper(factory);
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
        if (contentType.isPresent() && !contentType.get().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported_media_type",
                    "send JSON with Content-Type: application/json");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, "json_too_large",
                    "the JSON nests too deep or has a string or number that is too long");
        } catch (IOException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "invalid_json", "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(Status.BAD_REQUEST_400, "invalid_json", "the body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private byte[] readBody(ServerRequest request) {
        return BodyReader.body(request, maxBodyBytes).orElseThrow(() -> new ApiException(
                Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large",
                "the body is larger than " + maxBodyBytes + " bytes"));
    }

}
