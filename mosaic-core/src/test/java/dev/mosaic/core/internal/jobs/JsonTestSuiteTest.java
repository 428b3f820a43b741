package dev.mosaic.core.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.jobs.JsonReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, deliverable 10: the hand-written {@link JsonReader} reads untrusted postings files, so it is held to the
 * public JSONTestSuite (github.com/nst/JSONTestSuite, MIT licence, its LICENSE beside the files): every {@code y_}
 * case is accepted and every {@code n_} case refused with {@code invalid_json}, never another exception. The
 * implementation-defined {@code i_} cases are left out. Bytes are decoded as strict UTF-8, as the postings reader does.
 */
class JsonTestSuiteTest {
    @Test
    void acceptsEveryValidCaseAndRefusesEveryInvalidOne() throws IOException, URISyntaxException {
        Path folder = Path.of(JsonTestSuiteTest.class.getResource("/jsontestsuite/LICENSE").toURI()).getParent();
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                String outcome = read(Files.readAllBytes(file));
                if (name.startsWith("y_")) {
                    if (outcome.equals("accepted")) {
                        accepted++;
                    } else {
                        wrong.add(name + ": " + outcome);
                    }
                } else if (name.startsWith("n_")) {
                    if (outcome.equals("refused")) {
                        refused++;
                    } else {
                        wrong.add(name + ": " + outcome);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(accepted).isEqualTo(95);
        assertThat(refused).isEqualTo(188);
    }

    private static String read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "refused"; // not UTF-8: the postings reader refuses the file before parsing
        }
        try {
            JsonReader.parse("case", text);
            return "accepted";
        } catch (MosaicException e) {
            return e.code() == MosaicException.Code.INVALID_JSON ? "refused" : "refused with " + e.code();
        } catch (RuntimeException | StackOverflowError e) {
            return "failed with " + e;
        }
    }
}
