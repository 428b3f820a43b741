package dev.mosaic.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.spi.ChatModel;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks a model for one JSON object of a described shape (JSON mode where the provider has one, instructions
 * otherwise), parses and validates it, allows one repair attempt, and otherwise returns empty so that the caller
 * uses its offline result. Nothing half-parsed ever reaches the caller. Stateless and thread-safe.
 */
final class StructuredOutput {
    private static final System.Logger LOG = System.getLogger(StructuredOutput.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StructuredOutput() {
    }

    /**
     * {@return the result, or empty when the model failed or twice answered something that does not validate}
     *
     * @param model the model
     * @param request the conversation (its system message says what to do)
     * @param shape a plain description of the JSON object wanted, e.g. {@code {"summary": string, "bullets": [string]}}
     * @param reader turns the parsed object into the result, throwing {@link IllegalArgumentException} when it does
     *               not have the shape
     * @param <T> the result type
     */
    static <T> Optional<T> request(ChatModel model, ChatModel.Request request, String shape,
                                          Function<JsonNode, T> reader) {
        List<ChatModel.Message> messages = new ArrayList<>(request.messages());
        messages.add(0, new ChatModel.Message(ChatModel.Role.SYSTEM, "Reply with exactly one JSON object of this shape: " + shape
                + ". No prose, no code fences."));
        for (int attempt = 0; attempt < 2; attempt++) {
            ChatModel.Response response;
            try {
                response = model.complete(new ChatModel.Request(messages, request.maxOutputTokens(), request.purpose(),
                        request.session(), true));
            } catch (MosaicException e) {
                LOG.log(Level.INFO, "structured call for " + request.purpose() + " failed: " + e.code());
                return Optional.empty();
            }
            try {
                return Optional.of(reader.apply(parseObject(response.text())));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.INFO, "structured reply for " + request.purpose() + " rejected (attempt "
                        + (attempt + 1) + "): " + e.getMessage());
                messages.add(new ChatModel.Message(ChatModel.Role.ASSISTANT, response.text()));
                messages.add(new ChatModel.Message(ChatModel.Role.USER, "That reply was not valid (" + e.getMessage()
                        + "). Reply again with only the JSON object, of this shape: " + shape));
            }
        }
        return Optional.empty();
    }

    /** Reads one JSON object, tolerating a Markdown code fence around it. */
    static JsonNode parseObject(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("```")) {
            int firstLine = trimmed.indexOf('\n');
            int closing = trimmed.lastIndexOf("```");
            if (firstLine > 0 && closing > firstLine) {
                trimmed = trimmed.substring(firstLine + 1, closing).strip();
            }
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(trimmed);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return node;
    }
}
