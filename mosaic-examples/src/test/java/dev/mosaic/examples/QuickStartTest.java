package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void runsAndPrintsAReplyMetricsAndThreeMatches() throws Exception {
        String out = Console.capture(() -> QuickStart.main(new String[0]));
        assertThat(out.split("\n")[0]).startsWith("LIBRARY: ");
        assertThat(out).contains("metrics: Metrics[clarity=").contains("Data Analyst");
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/mosaic/examples/QuickStart.java"));
        String code = between(source, "// README:quickstart:begin\n", "// README:quickstart:end");
        String readme = Files.readString(Path.of("../README.md"));
        String shown = between(readme, "<!-- quickstart:begin -->\n```java\n", "```\n<!-- quickstart:end -->");
        assertThat(shown).isEqualTo(code);
    }

    /** The SDK targets Java 17: the quick start a reader copies must compile there too. */
    @Test
    void theReadmeCodeCompilesForJava17(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Path source = dir.resolve("QuickStart.java");
        Files.writeString(source, between(readme, "<!-- quickstart:begin -->\n```java\n", "```\n<!-- quickstart:end -->"));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, new java.io.PrintStream(errors, true), "--release",
                "17", "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(status).as("javac --release 17 %s", errors).isZero();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        assertThat(from).as("marker %s", start.strip()).isNotNegative();
        assertThat(to).as("marker %s", end.strip()).isNotNegative();
        return text.substring(from + start.length(), to);
    }
}
