package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mosaic.core.internal.prompts.ExampleMessages;
import dev.mosaic.core.internal.prompts.SemanticRanker;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.prompts.PromptLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The known-vectors table in the jar holds exactly Mosaic's bundled texts, and its vectors are the model's. Rebuild
 * it after changing {@code prompts/prompts.csv}, {@code examples.csv} or {@code care-examples.csv}:
 * {@code ./mvnw -pl mosaic-semantic test -Dtest=KnownVectorsTest -Dvectors.update=true} (about 10 s).
 */
class KnownVectorsTest {
    private static final Path TABLE = Path.of("src/main/resources", MiniLm.KNOWN);

    static Set<String> bundledTexts() {
        Set<String> texts = new LinkedHashSet<>(SemanticRanker.texts(PromptLibrary.bundled(),
                ExampleMessages.bundled()));
        texts.addAll(CareNeighbours.texts(CareNeighbours.bundled()));
        return texts;
    }

    @Test
    void theTableHoldsExactlyTheBundledTextsWithTheModelsVectors() throws IOException {
        Set<String> texts = bundledTexts();
        if (Boolean.getBoolean("vectors.update")) {
            Map<String, float[]> vectors = new LinkedHashMap<>();
            texts.forEach(text -> vectors.put(text, Fixtures.MODEL.encode(text)));
            Files.createDirectories(TABLE.getParent());
            try (OutputStream out = Files.newOutputStream(TABLE)) {
                KnownVectors.write(out, Fixtures.MODEL.identity(), vectors);
            }
            return; // the class path still has the old table: the next build copies and checks the new one
        }
        KnownVectors table = KnownVectors.read(MiniLm.KNOWN, Fixtures.MODEL.identity());
        assertThat(table.holdsExactly(texts))
                .as("the bundled texts changed; rebuild the table: ./mvnw -pl mosaic-semantic test "
                        + "-Dtest=KnownVectorsTest -Dvectors.update=true").isTrue();
        assertThat(table.size()).isEqualTo(texts.size());
        List<String> sample = new ArrayList<>(texts);
        for (int i = 0; i < sample.size(); i += 97) {
            String text = sample.get(i);
            float[] computed = Fixtures.MODEL.encode(text);
            float[] stored = table.get(text);
            for (int k = 0; k < computed.length; k++) {
                assertThat(stored[k]).as(text).isCloseTo(computed[k], within(1e-4f));
            }
        }
    }

    @Test
    void anotherModelGetsNoTableAndAnUnknownTextIsEncoded() {
        assertThat(KnownVectors.read(MiniLm.KNOWN, "0".repeat(64)).size()).isZero();
        assertThat(KnownVectors.read("no/such/table.bin", Fixtures.MODEL.identity()).size()).isZero();
        String fresh = "a sentence that is in none of the bundled files, written for this test";
        assertThat(Fixtures.MODEL.embed(fresh)).containsExactly(Fixtures.MODEL.encode(fresh));
    }
}
