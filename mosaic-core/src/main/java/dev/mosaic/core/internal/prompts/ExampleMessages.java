package dev.mosaic.core.internal.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled example messages ({@code prompts/examples.csv}): messages as people type them, each labelled with the
 * library topic it is about, 118 to 120 a topic, written for Mosaic by three helpers who had read neither the library
 * nor the evaluation sets (ids {@code x…}: a broad batch; {@code y…}: concrete situations, misleading words, stage and
 * direction; {@code z…}: many jobs, levels and countries, from a one-line description of each topic). They give the semantic ranker the person's way of saying things, which the library's own prompts do
 * not always have.
 */
public final class ExampleMessages {
    static final String RESOURCE = "/dev/mosaic/core/prompts/bundled/examples.csv";

    private ExampleMessages() {
    }

    /** {@return the bundled examples, in file order} */
    public static List<SemanticRanker.Example> bundled() {
        try (InputStream in = ExampleMessages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled examples are missing from the jar (" + RESOURCE + ")");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled examples", e);
        }
    }

    /**
     * {@return the examples whose topic the library has}
     *
     * @param examples the examples
     * @param tags the library's tags
     */
    public static List<SemanticRanker.Example> forTags(List<SemanticRanker.Example> examples, Set<String> tags) {
        return examples.stream().filter(e -> tags.contains(e.tag())).toList();
    }

    static List<SemanticRanker.Example> read(Reader reader) throws IOException {
        List<SemanticRanker.Example> out = new ArrayList<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            out.add(new SemanticRanker.Example(row.get("message").strip(), row.get("tag").strip()));
        }
        return List.copyOf(out);
    }
}
