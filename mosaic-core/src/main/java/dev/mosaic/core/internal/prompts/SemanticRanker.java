package dev.mosaic.core.internal.prompts;

import dev.mosaic.core.internal.NearestVectors;
import dev.mosaic.core.internal.Vectors;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.PromptMatch;
import dev.mosaic.core.spi.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lexical and semantic ranking fused: the library's BM25 matcher, the nearest library prompts by embedding, the
 * nearest example messages (labelled by topic) and a linear reading of the examples ({@link TopicReading}), each
 * voting for a topic; the entry is the best of the winning topic
 * by similarity plus a little lexical evidence. It is served only when its score reaches {@link Tuning#entryGate}
 * (and the topic leads by {@link Tuning#serve}); otherwise the result is {@link MatchResult.Unsure} with the two
 * likeliest entries first, for the coach to ask which situation is closer.
 *
 * <p>Immutable after construction and thread-safe. The weights were chosen on the tuning half of the blind
 * understanding set only (mosaic-semantic's {@code FusionTuning}); the held-out half reports the result.
 */
public final class SemanticRanker {
    private static final System.Logger LOG = System.getLogger(SemanticRanker.class.getName());
    /** Lexical candidates taken into the fusion. */
    static final int LEXICAL_CANDIDATES = 20;

    /**
     * The fusion's weights and thresholds.
     *
     * @param lexical weight of the lexical vote (sum of confidence / rank over the lexical candidates)
     * @param library weight of the library vote (share of similarity among the nearest library prompts)
     * @param examples weight of the example vote (share of similarity among the nearest example messages)
     * @param libraryNeighbours how many library prompts vote
     * @param exampleNeighbours how many example messages vote
     * @param entryLexical how much an entry's lexical confidence adds to its similarity when choosing the entry
     * @param serve the least share of the winning topic's lead ((first - second) / first) that is served
     * @param entryGate the least score (similarity plus lexical evidence) of the chosen entry that is served
     * @param floor below this best similarity, with no lexical match either, nothing fits at all
     * @param linear weight of the topic reading's vote (each topic's probability, {@link TopicReading})
     */
    public record Tuning(double lexical, double library, double examples, int libraryNeighbours,
                         int exampleNeighbours, double entryLexical, double serve, double entryGate, double floor,
                         double linear) {
        /**
         * The weights chosen on the tuning half (see the class comment). Topic weights: the best of 1,080 settings
         * with the 600 bundled examples (86.1 % top-1 there; the next fourteen 83.7..84.7 %). Serving: the blind
         * grades of the tuning half's entries showed the chosen entry's own score predicts whether it fits (mean
         * grade 0.53 below 0.80, 1.42 at or above) far better than the topic's lead does; serving from 0.80 with no
         * lead required was the best of 24 settings there (60 % served, 94.4 % of them the right topic, entry mean
         * 1.42; a lead of 0.2 or 0.4 on top served less and was no better). The topic reading (issue 18, with 1,784
         * examples): its vote at weight 1 beside the same weights, the best of 0, 0.5, 1, 2 and 4 on the tuning half
         * (88.0 % top-1 there, 87.1 % without it; the reading alone, trained on the examples only, 84.2 %).
         */
        public static final Tuning DEFAULT = new Tuning(0.5, 1.5, 1.5, 10, 5, 0.5, 0.0, 0.80, 0.30, 1.0);

        /** {@return these weights with other topic weights} */
        public Tuning withWeights(double lexical, double library, double examples, int libraryNeighbours,
                                  int exampleNeighbours) {
            return new Tuning(lexical, library, examples, libraryNeighbours, exampleNeighbours, entryLexical, serve,
                    entryGate, floor, linear);
        }

        /** {@return these weights with another weight of the topic reading (0: none)} */
        public Tuning withLinear(double linear) {
            return new Tuning(lexical, library, examples, libraryNeighbours, exampleNeighbours, entryLexical, serve,
                    entryGate, floor, linear);
        }

        /** {@return these weights with another entry choice} */
        public Tuning withEntryLexical(double entryLexical) {
            return new Tuning(lexical, library, examples, libraryNeighbours, exampleNeighbours, entryLexical, serve,
                    entryGate, floor, linear);
        }

        /** {@return these weights with other serving thresholds} */
        public Tuning withServing(double serve, double entryGate) {
            return new Tuning(lexical, library, examples, libraryNeighbours, exampleNeighbours, entryLexical, serve,
                    entryGate, floor, linear);
        }
    }

    /**
     * A message labelled with the library topic it is about, written for Mosaic (not taken from an evaluation set).
     *
     * @param message the message
     * @param tag its topic, one of the library's tags
     */
    public record Example(String message, String tag) {
    }

    private final PromptLibrary library;
    private final Embedder embedder;
    private final PromptEntry[] entries;
    /** The entries' vectors, then the examples': the rows {@link LibraryVectors} shares, never copied or written. */
    private final float[][] vectors;
    private final String[] exampleTags;
    private final int exampleCount;
    /**
     * The rows searched for the nearest examples on an integer copy first (exact; see {@link NearestVectors}): the
     * whole shared array, so every ranker over the same vectors in a process shares one copy.
     */
    private final NearestVectors search;
    private final Tuning tuning;
    /** The topic reading, when its shipped weights were trained on these examples with this embedder. */
    private final Optional<TopicReading> reading;

    /**
     * Builds the ranker.
     *
     * @param library the library
     * @param embedder the embedder
     * @param vectors the vectors of the library prompts then of the examples, in order (see {@link #texts})
     * @param examples the examples whose tag is one of the library's
     * @param tuning the weights
     */
    public SemanticRanker(PromptLibrary library, Embedder embedder, float[][] vectors, List<Example> examples,
                          Tuning tuning) {
        this.library = library;
        this.embedder = embedder;
        this.entries = library.entries().toArray(PromptEntry[]::new);
        if (vectors.length != entries.length + examples.size()) {
            throw new IllegalArgumentException("expected " + (entries.length + examples.size()) + " vectors, got "
                    + vectors.length);
        }
        this.vectors = vectors;
        this.exampleCount = examples.size();
        this.exampleTags = examples.stream().map(Example::tag).toArray(String[]::new);
        this.tuning = tuning;
        this.search = new NearestVectors(vectors);
        this.reading = TopicReading.bundled(examples, Arrays.copyOfRange(vectors, entries.length, vectors.length));
    }

    /** {@return whether the topic reading votes (its weights were trained on these examples with this embedder)} */
    public boolean readsTopicsLinearly() {
        return reading.isPresent();
    }

    /**
     * {@return the texts to embed for a library and its examples: each entry's prompt, then each example}
     *
     * @param library the library
     * @param examples the examples
     */
    public static List<String> texts(PromptLibrary library, List<Example> examples) {
        List<String> texts = new ArrayList<>(library.size() + examples.size());
        library.entries().forEach(e -> texts.add(e.prompt()));
        examples.forEach(e -> texts.add(e.message()));
        return texts;
    }

    /**
     * Ranks the library for a message. When the embedder fails, the lexical result stands, with a warning logged.
     *
     * @param message what the person said
     * @param limit the most entries returned
     * @return the fused result
     */
    public MatchResult match(String message, int limit) {
        MatchResult lexical = library.match(message, LEXICAL_CANDIDATES);
        float[] vector;
        try {
            vector = embedder.embed(message);
        } catch (RuntimeException e) { // an application's embedder may fail in any way; BM25 still answers
            LOG.log(System.Logger.Level.WARNING, "embedding failed, ranking lexically: " + e);
            return trimmed(lexical, limit);
        }
        return fuse(lexical, vector, tuning, limit).result();
    }

    /**
     * The fusion, with the lexical result and the message vector given (the tuning harness computes both once).
     *
     * @param lexical the lexical result with up to {@link #LEXICAL_CANDIDATES} entries
     * @param vector the message vector
     * @param tuning the weights
     * @param limit the most entries returned
     * @return the result and the topic scores
     */
    public Fused fuse(MatchResult lexical, float[] vector, Tuning tuning, int limit) {
        Map<String, Double> topics = new HashMap<>();
        List<PromptMatch> lexicalRanked = lexical.ranked();
        Map<String, PromptMatch> lexicalById = new HashMap<>();
        for (int k = 0; k < lexicalRanked.size(); k++) {
            PromptMatch m = lexicalRanked.get(k);
            lexicalById.put(m.entry().id(), m);
            topics.merge(m.entry().tag(), tuning.lexical() * m.confidence() / (k + 1), Double::sum);
        }
        double[] entrySims = Vectors.similarities(vector, vectors, 0, entries.length);
        double best = vote(entrySims, i -> entries[i].tag(), tuning.libraryNeighbours(), tuning.library(), topics);
        if (exampleCount > 0) {
            voteNearest(search.nearest(vector, tuning.exampleNeighbours(), entries.length, vectors.length),
                    i -> search.similarity(vector, entries.length + i), i -> exampleTags[i], tuning.examples(), topics);
        }
        if (reading.isPresent() && tuning.linear() > 0) {
            double[] p = reading.get().probabilities(vector);
            List<String> tags = reading.get().tags();
            for (int c = 0; c < p.length; c++) {
                topics.merge(tags.get(c), tuning.linear() * p[c], Double::sum);
            }
        }
        if ((lexical instanceof MatchResult.NoMatch && best < tuning.floor()) || topics.isEmpty()) {
            return new Fused(lexical, topics);
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(topics.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        double first = order.get(0).getValue();
        double second = order.size() > 1 ? order.get(1).getValue() : 0;
        double lead = first <= 0 ? 0 : (first - second) / first;
        double confidence = Math.round(Math.min(1.0, Math.max(0.0, lead)) * 1000) / 1000.0;
        // The entries: the winning topic's best first (similarity plus a little lexical evidence), then the rest; only
        // the few returned are ordered, so a large library costs a scan, not a sort.
        double[] entryScore = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            PromptMatch lex = lexicalById.get(entries[i].id());
            entryScore[i] = entrySims[i] + (lex == null ? 0 : tuning.entryLexical() * lex.confidence());
        }
        String winner = order.get(0).getKey();
        int[] byScore = Vectors.best(entryScore, Math.max(limit, 2), i -> entries[i].tag().equals(winner));
        boolean sure = lead >= tuning.serve() && entryScore[byScore[0]] >= tuning.entryGate();
        if (!sure && byScore.length > 1) {
            // Not sure enough to answer: the coach offers the two likeliest situations, the winning topic's best
            // entry and the next best entry of any topic, which goes second.
            int next = -1;
            for (int i = 0; i < entries.length; i++) {
                if (i != byScore[0] && (next < 0 || entryScore[i] > entryScore[next])) {
                    next = i;
                }
            }
            int at = 1;
            while (at < byScore.length - 1 && byScore[at] != next) {
                at++;
            }
            System.arraycopy(byScore, 1, byScore, 2, at - 1); // drops the last one unless it was next
            byScore[1] = next;
        }
        int shown = Math.min(byScore.length, sure ? limit : Math.max(limit, 2)); // unsure: both choices
        List<PromptMatch> ranked = new ArrayList<>(shown);
        for (int k = 0; k < shown; k++) {
            int i = byScore[k];
            PromptMatch lex = lexicalById.get(entries[i].id());
            double sureness = k == 0 ? confidence : Math.min(confidence, Math.max(0, entrySims[i]));
            ranked.add(new PromptMatch(entries[i], Math.round(entryScore[i] * 1000) / 1000.0,
                    Math.round(sureness * 1000) / 1000.0, lex == null ? List.of() : lex.matchedTerms()));
        }
        if (sure) {
            return new Fused(new MatchResult.Matched(ranked), topics);
        }
        return new Fused(new MatchResult.Unsure(ranked), topics);
    }

    /**
     * A fused result with the score of every topic that got a vote (for evaluation and explanations).
     *
     * @param result the result
     * @param topics each voted topic's score
     */
    public record Fused(MatchResult result, Map<String, Double> topics) {
        /** Copies. */
        public Fused {
            topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        }
    }

    /** Adds each topic's share of similarity among the nearest rows; returns the best similarity. */
    private static double vote(double[] sims, java.util.function.IntFunction<String> tagOf, int neighbours,
                               double weight, Map<String, Double> topics) {
        return voteNearest(Vectors.nearest(sims, neighbours), i -> sims[i], tagOf, weight, topics);
    }

    /** Adds each topic's share of similarity among these nearest rows, nearest first; returns the best similarity. */
    private static double voteNearest(int[] nearest, java.util.function.IntToDoubleFunction simOf,
                                      java.util.function.IntFunction<String> tagOf, double weight,
                                      Map<String, Double> topics) {
        double total = 0;
        for (int i : nearest) {
            total += Math.max(0, simOf.applyAsDouble(i));
        }
        if (total > 0) {
            for (int i : nearest) {
                topics.merge(tagOf.apply(i), weight * Math.max(0, simOf.applyAsDouble(i)) / total, Double::sum);
            }
        }
        return nearest.length == 0 ? 0 : simOf.applyAsDouble(nearest[0]);
    }

    private static MatchResult trimmed(MatchResult result, int limit) {
        if (result instanceof MatchResult.Matched m && m.ranked().size() > limit) {
            return new MatchResult.Matched(m.ranked().subList(0, limit));
        }
        return result;
    }
}
