package dev.mosaic.core.prompts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Finds the library entries that fit a message. BM25 over each entry's prompt, keywords and tag (one bag of words per
 * entry), with stemming, stop words, career synonyms and tolerance of one-letter typos in known words. The index is
 * immutable and built once per library; per-term impacts are precomputed, so a query is a few array walks and
 * allocates nothing but its result.
 *
 * <p>A message is a <em>no match</em> when its best entry scores below {@link #MIN_SCORE}: then the coach asks a
 * clarifying question instead of answering with an unrelated row. Confidence is {@code score / (score + }{@link
 * #HALF_CONFIDENCE_SCORE}{@code )}.
 *
 * <p>Thread-safe.
 */
public final class PromptMatcher {
    /** Best-entry score below which a message is a no match. */
    public static final double MIN_SCORE = 3.0;
    /** The score at which confidence is 0.5. */
    public static final double HALF_CONFIDENCE_SCORE = 6.0;
    /** How many ranked entries {@link #match(String)} returns. */
    public static final int DEFAULT_LIMIT = 5;

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int MIN_TYPO_LENGTH = 5;
    private static final int MAX_QUERY_TERMS = 256;

    private final PromptEntry[] entries;
    private final String[] terms;
    private final int[][] postingDocs;
    private final float[][] postingImpacts;
    private final TermTable lookup;
    private final TermTable typoNeighbours;
    private final AtomicReferenceArray<Scratch> pool = new AtomicReferenceArray<>(16);

    private PromptMatcher(PromptEntry[] entries, String[] terms, int[][] postingDocs, float[][] postingImpacts,
                          TermTable lookup, TermTable typoNeighbours) {
        this.entries = entries;
        this.terms = terms;
        this.postingDocs = postingDocs;
        this.postingImpacts = postingImpacts;
        this.lookup = lookup;
        this.typoNeighbours = typoNeighbours;
    }

    /**
     * Builds the index for a library.
     *
     * @param library the library
     * @return its matcher
     */
    public static PromptMatcher of(PromptLibrary library) {
        return of(library.entries());
    }

    /**
     * Builds the index for a list of entries (benchmarks use this to index synthetic libraries).
     *
     * @param entryList the entries
     * @return the matcher
     */
    public static PromptMatcher of(List<PromptEntry> entryList) {
        PromptEntry[] entries = entryList.toArray(PromptEntry[]::new);
        Map<String, Integer> termIds = new HashMap<>();
        List<String> termNames = new ArrayList<>();
        List<Map<Integer, Integer>> docTerms = new ArrayList<>(entries.length);
        int[] docLengths = new int[entries.length];
        char[] buffer = new char[TextAnalyzer.MAX_TOKEN];
        long totalLength = 0;
        for (int d = 0; d < entries.length; d++) {
            PromptEntry entry = entries[d];
            Map<Integer, Integer> counts = new HashMap<>();
            int[] length = {0};
            TextAnalyzer.TermSink sink = (b, len) -> {
                String term = TextAnalyzer.canonical(new String(b, 0, len));
                Integer id = termIds.get(term);
                if (id == null) {
                    id = termNames.size();
                    termIds.put(term, id);
                    termNames.add(term);
                }
                counts.merge(id, 1, Integer::sum);
                length[0]++;
            };
            TextAnalyzer.analyze(entry.prompt(), buffer, sink);
            for (String keyword : entry.keywords()) {
                TextAnalyzer.analyze(keyword, buffer, sink);
            }
            TextAnalyzer.analyze(entry.tag(), buffer, sink);
            docTerms.add(counts);
            docLengths[d] = length[0];
            totalLength += length[0];
        }
        int termCount = termNames.size();
        double averageLength = entries.length == 0 ? 1 : Math.max(1.0, (double) totalLength / entries.length);
        int[] documentFrequency = new int[termCount];
        docTerms.forEach(counts -> counts.keySet().forEach(id -> documentFrequency[id]++));
        int[][] postingDocs = new int[termCount][];
        float[][] postingImpacts = new float[termCount][];
        for (int t = 0; t < termCount; t++) {
            postingDocs[t] = new int[documentFrequency[t]];
            postingImpacts[t] = new float[documentFrequency[t]];
        }
        int[] fill = new int[termCount];
        for (int d = 0; d < entries.length; d++) {
            double norm = K1 * (1 - B + B * docLengths[d] / averageLength);
            for (Map.Entry<Integer, Integer> e : docTerms.get(d).entrySet()) {
                int t = e.getKey();
                double tf = e.getValue();
                double idf = Math.log(1 + (entries.length - documentFrequency[t] + 0.5) / (documentFrequency[t] + 0.5));
                int slot = fill[t]++;
                postingDocs[t][slot] = d;
                postingImpacts[t][slot] = (float) (idf * tf * (K1 + 1) / (tf + norm));
            }
        }
        TermTable lookup = new TermTable(termCount + TextAnalyzer.synonyms().size());
        for (int t = 0; t < termCount; t++) {
            lookup.putIfAbsent(termNames.get(t), t);
        }
        TextAnalyzer.synonyms().forEach((word, canonical) -> {
            Integer id = termIds.get(canonical);
            if (id != null) {
                lookup.putIfAbsent(word, id);
            }
        });
        return new PromptMatcher(entries, termNames.toArray(String[]::new), postingDocs, postingImpacts, lookup,
                typoNeighbours(termNames));
    }

    /**
     * Ranks the library for a message.
     *
     * @param message what the person said (any length; only the first terms of a very long message count)
     * @return the best {@value #DEFAULT_LIMIT} entries, or a no match
     */
    public MatchResult match(String message) {
        return match(message, DEFAULT_LIMIT);
    }

    /**
     * Ranks the library for a message.
     *
     * @param message what the person said
     * @param limit how many entries to return at most (at least 1)
     * @return the best entries, or a no match
     */
    public MatchResult match(String message, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Scratch scratch = borrow();
        try {
            int queryTerms = collectTerms(message, scratch);
            if (queryTerms == 0) {
                return new MatchResult.NoMatch("no library term in the message");
            }
            int found = rank(scratch, queryTerms, limit);
            if (found == 0 || scratch.topScores[0] < MIN_SCORE) {
                return new MatchResult.NoMatch("best score " + (found == 0 ? 0 : round(scratch.topScores[0]))
                        + " is below the threshold " + MIN_SCORE);
            }
            List<PromptMatch> ranked = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                double score = scratch.topScores[i];
                if (score < MIN_SCORE) {
                    break;
                }
                ranked.add(new PromptMatch(entries[scratch.topDocs[i]], round(score), confidence(score),
                        matchedTerms(scratch, queryTerms, scratch.topDocs[i])));
            }
            return new MatchResult.Matched(ranked);
        } finally {
            release(scratch);
        }
    }

    /** @return the number of entries indexed */
    public int size() {
        return entries.length;
    }

    /** @return the number of distinct terms in the index */
    public int termCount() {
        return terms.length;
    }

    static double confidence(double score) {
        return Math.round(score / (score + HALF_CONFIDENCE_SCORE) * 1000) / 1000.0;
    }

    private int collectTerms(String message, Scratch scratch) {
        int[] count = {0};
        int[] queryTerms = scratch.queryTerms;
        TextAnalyzer.analyze(message, scratch.buffer, (b, len) -> {
            if (count[0] == MAX_QUERY_TERMS) {
                return;
            }
            int id = lookup.get(b, len);
            if (id < 0 && len >= MIN_TYPO_LENGTH) {
                id = correctTypo(b, len, scratch.typoBuffer);
            }
            if (id < 0) {
                return;
            }
            for (int i = 0; i < count[0]; i++) {
                if (queryTerms[i] == id) {
                    return; // a word repeated in a rambling message counts once
                }
            }
            queryTerms[count[0]++] = id;
        });
        return count[0];
    }

    /** Symmetric-delete lookup at edit distance 1: catches a missing, extra, wrong or swapped letter. */
    private int correctTypo(char[] word, int length, char[] work) {
        int id = typoNeighbours.get(word, length); // a letter missing from the word
        if (id >= 0) {
            return id;
        }
        for (int skip = 0; skip < length; skip++) {
            int w = 0;
            for (int i = 0; i < length; i++) {
                if (i != skip) {
                    work[w++] = word[i];
                }
            }
            id = lookup.get(work, w); // an extra letter in the word
            if (id < 0) {
                id = typoNeighbours.get(work, w); // a wrong or swapped letter
            }
            if (id >= 0) {
                return id;
            }
        }
        return -1;
    }

    private int rank(Scratch scratch, int queryTerms, int limit) {
        int epoch = scratch.nextEpoch();
        float[] scores = scratch.scores;
        int[] marks = scratch.marks;
        int[] touched = scratch.touched;
        int touchedCount = 0;
        for (int q = 0; q < queryTerms; q++) {
            int term = scratch.queryTerms[q];
            int[] docs = postingDocs[term];
            float[] impacts = postingImpacts[term];
            for (int i = 0; i < docs.length; i++) {
                int doc = docs[i];
                if (marks[doc] != epoch) {
                    marks[doc] = epoch;
                    scores[doc] = impacts[i];
                    touched[touchedCount++] = doc;
                } else {
                    scores[doc] += impacts[i];
                }
            }
        }
        int k = Math.min(limit, scratch.topDocs.length);
        int found = 0;
        int[] topDocs = scratch.topDocs;
        float[] topScores = scratch.topScores;
        for (int i = 0; i < touchedCount; i++) {
            int doc = touched[i];
            float score = scores[doc];
            if (found == k && !better(score, doc, topScores[k - 1], topDocs[k - 1])) {
                continue;
            }
            int at = found < k ? found++ : k - 1;
            while (at > 0 && better(score, doc, topScores[at - 1], topDocs[at - 1])) {
                topScores[at] = topScores[at - 1];
                topDocs[at] = topDocs[at - 1];
                at--;
            }
            topScores[at] = score;
            topDocs[at] = doc;
        }
        return found;
    }

    /** Higher score first; on equal scores the earlier entry wins, so ranking is deterministic. */
    private static boolean better(float score, int doc, float otherScore, int otherDoc) {
        return score > otherScore || score == otherScore && doc < otherDoc;
    }

    private List<String> matchedTerms(Scratch scratch, int queryTerms, int doc) {
        List<String> matched = new ArrayList<>();
        for (int q = 0; q < queryTerms; q++) {
            int term = scratch.queryTerms[q];
            if (Arrays.binarySearch(postingDocs[term], doc) >= 0) {
                matched.add(terms[term]);
            }
        }
        return matched;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static TermTable typoNeighbours(List<String> termNames) {
        Set<String> variants = new LinkedHashSet<>();
        Map<String, Integer> owner = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (int t = 0; t < termNames.size(); t++) {
            String term = termNames.get(t);
            if (term.length() < MIN_TYPO_LENGTH - 1) {
                continue;
            }
            for (int skip = 0; skip < term.length(); skip++) {
                String variant = term.substring(0, skip) + term.substring(skip + 1);
                Integer previous = owner.putIfAbsent(variant, t);
                if (previous != null && previous != t) {
                    ambiguous.add(variant); // two known words one letter apart: don't guess
                }
                variants.add(variant);
            }
        }
        variants.removeAll(ambiguous);
        TermTable table = new TermTable(Math.max(1, variants.size()));
        for (String variant : variants) {
            table.putIfAbsent(variant, owner.get(variant));
        }
        return table;
    }

    private Scratch borrow() {
        for (int i = 0; i < pool.length(); i++) {
            Scratch scratch = pool.getAndSet(i, null);
            if (scratch != null) {
                return scratch;
            }
        }
        return new Scratch(entries.length);
    }

    private void release(Scratch scratch) {
        for (int i = 0; i < pool.length(); i++) {
            if (pool.compareAndSet(i, null, scratch)) {
                return;
            }
        }
    }

    /** Per-query working memory, pooled so that a query allocates nothing but its result. */
    private static final class Scratch {
        final char[] buffer = new char[TextAnalyzer.MAX_TOKEN];
        final char[] typoBuffer = new char[TextAnalyzer.MAX_TOKEN];
        final int[] queryTerms = new int[MAX_QUERY_TERMS];
        final float[] scores;
        final int[] marks;
        final int[] touched;
        final int[] topDocs = new int[64];
        final float[] topScores = new float[64];
        int epoch;

        Scratch(int documents) {
            scores = new float[documents];
            marks = new int[documents];
            touched = new int[documents];
        }

        int nextEpoch() {
            if (++epoch == Integer.MAX_VALUE) {
                Arrays.fill(marks, 0);
                epoch = 1;
            }
            return epoch;
        }
    }
}
