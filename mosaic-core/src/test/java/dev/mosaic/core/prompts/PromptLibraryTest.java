package dev.mosaic.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptLibraryTest {

    @Test
    void bundledLibraryHasEnoughDistinctRowsInEveryCategoryAndNoWarnings() {
        PromptLibrary library = PromptLibrary.bundled();
        assertThat(library.size()).isGreaterThanOrEqualTo(600);
        assertThat(library.warnings()).isEmpty();
        Map<String, Integer> counts = library.tagCounts();
        assertThat(counts.keySet()).containsExactlyElementsOf(PromptLibrary.TAGS);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(25));
        Set<String> ids = new HashSet<>();
        Set<String> prompts = new HashSet<>();
        for (PromptEntry entry : library.entries()) {
            assertThat(ids.add(entry.id())).as("unique id %s", entry.id()).isTrue();
            assertThat(prompts.add(CsvLibraryReader.normalise(entry.prompt()))).as("unique %s", entry.id()).isTrue();
            assertThat(entry.prompt().length()).as(entry.id()).isBetween(10, 200);
            assertThat(entry.completion().length()).as(entry.id()).isBetween(80, 700);
            assertThat(entry.completion()).as(entry.id()).matches("(?s).*[.?!]$");
            assertThat(entry.keywords()).as(entry.id()).isNotEmpty();
        }
        assertThat(library.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void theEarlierProductsThreeColumnFormatLoads() {
        PromptLibrary library = fixture("legacy-format.csv");
        assertThat(library.entries()).extracting(PromptEntry::tag)
                .containsExactly("General", "Networking & Relationships");
        assertThat(library.entries().get(0).id()).isEqualTo("row-2");
        assertThat(library.entries().get(0).keywords()).isEmpty();
    }

    @Test
    void byteOrderMarkAndCrlfAreTolerated() {
        PromptLibrary library = fixture("bom-crlf.csv");
        assertThat(library.entries()).extracting(PromptEntry::id).containsExactly("ge-1", "nr-1");
        assertThat(library.entries().get(0).keywords()).containsExactly("direction", "lost");
        assertThat(library.entries().get(1).completion()).doesNotContain("\r");
    }

    @Test
    void identityIsTheSha256OfTheBytes() {
        byte[] bytes = bytes("legacy-format.csv");
        assertThat(PromptLibrary.parse("a", bytes).sha256()).isEqualTo(PromptLibrary.parse("b", bytes).sha256());
        assertThat(PromptLibrary.parse("a", bytes).sha256())
                .isNotEqualTo(PromptLibrary.parse("c", bytes("bom-crlf.csv")).sha256());
    }

    @Test
    void eachProblemIsReportedWithFileLineAndColumn() {
        assertErrors("missing-column.csv", "missing-column.csv:3:3: error: missing columns 'completion', 'tag' (the row has 2 field(s))");
        assertErrors("empty-field.csv", "empty-field.csv:3:2: error: empty prompt");
        assertErrors("unknown-tag.csv", "unknown-tag.csv:2:4: error: unknown tag 'Careers'",
                "unknown-tag.csv:3:4: error: unknown tag 'general'; it must be spelled exactly 'General'");
        assertErrors("duplicate.csv", "duplicate.csv:3:2: error: duplicate prompt (same as line 2");
        assertErrors("header-repeated.csv", "header-repeated.csv:3:0: error: the header row is repeated as data");
        assertErrors("duplicate-id.csv", "duplicate-id.csv:3:1: error: duplicate id 'ge-1' (first on line 2)");
        assertErrors("multiline.csv", "multiline.csv:4:4: error: unknown tag 'Nope'");
        assertErrors("bad-quote.csv", "bad-quote.csv:3:0: error: malformed CSV: ");
    }

    @Test
    void aTruncatedCompletionIsAWarningNotAnError() {
        List<PromptLibrary.Problem> problems = PromptLibrary.validate("truncated.csv", bytes("truncated.csv"));
        assertThat(problems).extracting(PromptLibrary.Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("truncated.csv:2:3: warning: completion looks truncated"));
        assertThat(PromptLibrary.parse("truncated.csv", bytes("truncated.csv")).warnings()).isNotEmpty();
    }

    @Test
    void emptyAndHeaderlessFilesAreRefused() {
        assertThatThrownBy(() -> PromptLibrary.parse("empty.csv", new byte[0]))
                .isInstanceOf(LibraryValidationException.class).hasMessageContaining("empty.csv:1:0");
        assertThatThrownBy(() -> PromptLibrary.parse("x.csv", "question,answer\na,b\n".getBytes()))
                .isInstanceOf(LibraryValidationException.class)
                .hasMessageContaining("the header has no 'prompt' column");
    }

    private static void assertErrors(String file, String... expectedPrefixes) {
        assertThatThrownBy(() -> fixture(file)).isInstanceOf(LibraryValidationException.class)
                .satisfies(e -> {
                    List<String> errors = ((LibraryValidationException) e).problems().stream()
                            .filter(p -> p.severity() == PromptLibrary.Problem.Severity.ERROR)
                            .map(PromptLibrary.Problem::toString).toList();
                    assertThat(errors).hasSize(expectedPrefixes.length);
                    for (int i = 0; i < expectedPrefixes.length; i++) {
                        assertThat(errors.get(i)).startsWith(expectedPrefixes[i]);
                    }
                });
    }

    private static PromptLibrary fixture(String name) {
        return PromptLibrary.parse(name, bytes(name));
    }

    static byte[] bytes(String name) {
        try (InputStream in = PromptLibraryTest.class.getResourceAsStream("/libraries/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
