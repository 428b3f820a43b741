package dev.mosaic.testing;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.spi.Embedder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written {@link Embedder} for tests: a text's vector counts money words, doubt words, and a little of
 * everything else, so the semantic half of matching is predictable. Counts its calls; can be broken on demand.
 */
public class MarkerEmbedder implements Embedder {
    /** A four-entry library whose prompts use the marker words: two about money, two about self-doubt. */
    public static final PromptLibrary MONEY_AND_DOUBT = PromptLibrary.parse("test.csv", """
            id,prompt,completion,tag,keywords
            n1,How do I negotiate my salary offer?,"Ask for the range first, then anchor a little above the middle of it, and say why with one number.",Financial & Negotiation,salary;offer
            n2,My manager said there is no budget for a raise.,"Ask what would change that, and agree a date to revisit it, with the results you will bring.",Financial & Negotiation,raise
            c1,I feel like a fraud in my new job.,"Impostor feelings are common in a new job; list three things you were hired for and check them.",Confidence & Mindset,fraud;impostor
            c2,I doubt myself in every meeting.,"Write down one thing you did well after each meeting, and read the list before the next one.",Confidence & Mindset,doubt
            """.getBytes(StandardCharsets.UTF_8));

    /** How many texts were embedded. */
    public final AtomicInteger calls = new AtomicInteger();
    /** When set, every call fails with {@code embedding_failed}. */
    public volatile boolean broken;

    @Override
    public String name() {
        return "markers";
    }

    @Override
    public String identity() {
        return "v1";
    }

    @Override
    public int dimensions() {
        return 3;
    }

    @Override
    public float[] embed(String text) {
        calls.incrementAndGet();
        if (broken) {
            throw new MosaicException(MosaicException.Code.EMBEDDING_FAILED, "the model is gone");
        }
        String t = text.toLowerCase(Locale.ROOT);
        float money = count(t, "salary", "raise", "pay", "offer", "budget", "money");
        float doubt = count(t, "fraud", "doubt", "impostor", "confidence", "myself");
        float[] v = {money, doubt, 0.2f};
        float norm = (float) Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (int k = 0; k < 3; k++) {
            v[k] /= norm;
        }
        return v;
    }

    private static float count(String text, String... words) {
        float n = 0;
        for (String w : words) {
            n += text.contains(w) ? 1 : 0;
        }
        return n;
    }
}
