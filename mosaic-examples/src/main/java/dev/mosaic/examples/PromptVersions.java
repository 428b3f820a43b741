package dev.mosaic.examples;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.Prompts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Example (d): load your own prompt library, switch to it at run time, and switch back. The switch is atomic:
 * a match in progress on another thread sees one version or the other, never a mix.
 */
public final class PromptVersions {
    private PromptVersions() {
    }

    public static void main(String[] args) {
        Mosaic mosaic = Mosaic.builder().build(); // starts on the bundled library, as version 1
        String question = "how do I get promoted to staff engineer";
        print(mosaic, question);

        PromptLibrary team = PromptLibrary.parse("engineering-ladder.csv", resource("/examples/engineering-ladder.csv"));
        Prompts.Version added = mosaic.prompts().add(team); // validated now; a broken file throws with file:line:column
        System.out.println("added version " + added.number() + ": " + added.library().size() + " rows, sha "
                + added.library().shortSha());
        mosaic.prompts().activate(added.library().sha256());
        print(mosaic, question);

        String bundled = mosaic.prompts().versions().get(0).library().sha256();
        mosaic.prompts().activate(bundled);
        print(mosaic, question);
    }

    private static void print(Mosaic mosaic, String question) {
        Prompts.Version active = mosaic.prompts().active();
        MatchResult match = mosaic.prompts().match(question);
        System.out.println("version " + active.number() + " (" + active.library().size() + " rows): "
                + match.best().map(m -> m.entry().id() + " " + m.entry().tag()).orElse("no match"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = PromptVersions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
