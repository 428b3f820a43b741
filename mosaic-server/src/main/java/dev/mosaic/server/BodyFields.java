package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mosaic.core.InvalidInputException;
import java.util.Optional;

/** Reads the fields of a JSON body, answering a missing or mistyped one as a validation failure that names it. */
final class BodyFields {
    private BodyFields() {
    }

    static String requiredText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        if (node.asText().isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return node.asText();
    }
    static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return Optional.of(node.asText());
    }
}
