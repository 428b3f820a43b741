package dev.mosaic.core.internal.prompts;

import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptEntry;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.PromptMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>Ranking: each entry's BM25 score, plus a category term: the scores of the other top candidates of the same
 * category and the BM25 score of the whole category (all its rows read as one document), so that a message whose
 * words are spread over a category's rows finds that category.
 *
 * <p>A message is a <em>no match</em> when its best entry scores too low ({@link #MIN_SCORE_SHARE}), or when its known words are
 * incidental ({@link #MIN_EVIDENCE_SHARE}): then the coach asks a clarifying question instead of answering with an
 * unrelated row. Confidence is {@code score / (score + }{@link
 * #HALF_CONFIDENCE_SCORE}{@code )}.
 *
 * <p>Thread-safe.
 */
public final class PromptMatcher {
    /**
     * A message is a no match when its best entry scores below this share of the weight of a word that occurs in a
     * single entry (the largest weight a word can have in the library; 6.0 for 630 entries). Relative, so that the
     * threshold means the same for a 20-row custom library and a 10,000-row one.
     */
    public static final double MIN_SCORE_SHARE = 0.5;
    /**
     * A message that also has words the library does not know is a no match when its known words are rare in the
     * library: when the sum over them of the share of entries using each (each capped at {@value #EVIDENCE_CAP_SHARE})
     * is below this (for 630 entries: 15 entry-uses, a word counting for at most 20). It tells "who won the game last
     * night" (one incidental word) from "signs of burnout" (a library topic).
     */
    public static final double MIN_EVIDENCE_SHARE = 0.024;
    /** Cap of one word's contribution to the evidence, as a share of the entries. */
    public static final double EVIDENCE_CAP_SHARE = 0.032;
    /** The score at which confidence is 0.5. */
    public static final double HALF_CONFIDENCE_SCORE = 6.0;
    /** How many ranked entries {@link #match(String)} returns. */
    public static final int DEFAULT_LIMIT = 5;

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int MAX_QUERY_TERMS = 256;
    private static final int CANDIDATES = 20;

    /**
     * The knobs of the ranking, fixed in production ({@link #DEFAULT}); tests and the evaluation use other values to
     * show what each one is worth.
     *
     * @param keywordWeight how much a keyword occurrence counts against one in the prompt
     * @param tagWeight how much a word of the category name counts
     * @param typoMinLength shortest word (in letters) that may be read as a typo of a known word
     * @param typoWeight how much a corrected word counts against an exact one
     * @param tagVote how much the agreement of the other top entries' category adds to an entry's score
     * @param categoryWeight how much the BM25 score of the entry's whole category (all its rows as one document) adds
     * @param minScoreShare see {@link #MIN_SCORE_SHARE}
     * @param minEvidenceShare see {@link #MIN_EVIDENCE_SHARE}
     */
    record Tuning(double keywordWeight, double tagWeight, int typoMinLength, double typoWeight, double tagVote,
                  double categoryWeight, double minScoreShare, double minEvidenceShare) {
        static final Tuning DEFAULT = new Tuning(1.0, 1.0, 6, 1.0, 0.2, 2.0, MIN_SCORE_SHARE, MIN_EVIDENCE_SHARE);
    }

    private final Tuning tuning;
    private final PromptEntry[] entries;
    private final int[] entryTags;
    private final int tagCount;
    private final String[] terms;
    private final int[][] postingDocs;
    private final float[][] postingImpacts;
    private final float[][] categoryImpacts;
    private final double minScore;
    private final TermTable lookup;
    private final TermTable typoNeighbours;
    private final AtomicReferenceArray<Scratch> pool = new AtomicReferenceArray<>(16);

    private PromptMatcher(Tuning tuning, PromptEntry[] entries, String[] terms, int[][] postingDocs,
                          float[][] postingImpacts, List<Map<Integer, Double>> docTerms, TermTable lookup,
                          TermTable typoNeighbours) {
        this.tuning = tuning;
        this.entries = entries;
        Map<String, Integer> tagIds = new HashMap<>();
        this.entryTags = new int[entries.length];
        for (int d = 0; d < entries.length; d++) {
            entryTags[d] = tagIds.computeIfAbsent(entries[d].tag(), t -> tagIds.size());
        }
        this.tagCount = tagIds.size();
        this.categoryImpacts = categoryImpacts(terms.length, docTerms);
        this.minScore = tuning.minScoreShare() * idf(entries.length, 1);
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
        return of(entryList, Tuning.DEFAULT);
    }

    static PromptMatcher of(List<PromptEntry> entryList, Tuning tuning) {
        PromptEntry[] entries = entryList.toArray(PromptEntry[]::new);
        Map<String, Integer> termIds = new HashMap<>();
        List<String> termNames = new ArrayList<>();
        List<Map<Integer, Double>> docTerms = new ArrayList<>(entries.length);
        double[] docLengths = new double[entries.length];
        char[] buffer = new char[TextAnalyzer.MAX_TOKEN];
        double totalLength = 0;
        double[] weight = {1.0};
        for (int d = 0; d < entries.length; d++) {
            PromptEntry entry = entries[d];
            Map<Integer, Double> counts = new HashMap<>();
            double[] length = {0};
            TextAnalyzer.TermSink sink = (b, len) -> {
                String term = TextAnalyzer.canonical(new String(b, 0, len));
                Integer id = termIds.get(term);
                if (id == null) {
                    id = termNames.size();
                    termIds.put(term, id);
                    termNames.add(term);
                }
                counts.merge(id, weight[0], Double::sum);
                length[0] += weight[0];
            };
            weight[0] = 1.0;
            TextAnalyzer.analyze(entry.prompt(), buffer, sink);
            weight[0] = tuning.keywordWeight();
            for (String keyword : entry.keywords()) {
                TextAnalyzer.analyze(keyword, buffer, sink);
            }
            weight[0] = tuning.tagWeight();
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
            for (Map.Entry<Integer, Double> e : docTerms.get(d).entrySet()) {
                int t = e.getKey();
                double tf = e.getValue();
                double idf = idf(entries.length, documentFrequency[t]);
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
        Map<String, Integer> words = new HashMap<>(termIds);
        TextAnalyzer.synonyms().forEach((word, canonical) -> {
            Integer id = termIds.get(canonical);
            if (id != null) {
                words.putIfAbsent(word, id);
            }
        });
        return new PromptMatcher(tuning, entries, termNames.toArray(String[]::new), postingDocs, postingImpacts,
                docTerms, lookup, typoNeighbours(words, tuning.typoMinLength()));
    }

    /**
     * BM25 impacts of each term on each category, where a category is one document made of all of its entries. A
     * message's words are often spread over several entries of the right category; this sees them together.
     */
    private float[][] categoryImpacts(int termCount, List<Map<Integer, Double>> docTerms) {
        double[][] tf = new double[termCount][tagCount];
        double[] length = new double[tagCount];
        for (int d = 0; d < docTerms.size(); d++) {
            int tag = entryTags[d];
            for (Map.Entry<Integer, Double> e : docTerms.get(d).entrySet()) {
                tf[e.getKey()][tag] += e.getValue();
                length[tag] += e.getValue();
            }
        }
        double average = java.util.Arrays.stream(length).average().orElse(1);
        float[][] impacts = new float[termCount][tagCount];
        for (int t = 0; t < termCount; t++) {
            int df = 0;
            for (int c = 0; c < tagCount; c++) {
                df += tf[t][c] > 0 ? 1 : 0;
            }
            double idf = Math.log(1 + (tagCount - df + 0.5) / (df + 0.5));
            for (int c = 0; c < tagCount; c++) {
                double norm = K1 * (1 - B + B * length[c] / Math.max(1, average));
                impacts[t][c] = (float) (idf * tf[t][c] * (K1 + 1) / (tf[t][c] + norm));
            }
        }
        return impacts;
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
            double evidence = 0;
            double cap = Math.max(1, EVIDENCE_CAP_SHARE * entries.length);
            for (int q = 0; q < queryTerms; q++) {
                evidence += scratch.queryWeights[q] * Math.min(cap, postingDocs[scratch.queryTerms[q]].length);
            }
            if (scratch.unknownTerms > 0 && evidence < tuning.minEvidenceShare() * entries.length) {
                return new MatchResult.NoMatch("the message shares only incidental words with the library");
            }
            int found = rank(scratch, queryTerms, limit);
            double best = found == 0 ? 0 : scratch.scores[scratch.topDocs[0]];
            if (best < minScore) {
                return new MatchResult.NoMatch("best score " + round(best) + " is below the threshold "
                        + round(minScore));
            }
            List<PromptMatch> ranked = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                int doc = scratch.topDocs[i];
                double score = scratch.topScores[i];
                ranked.add(new PromptMatch(entries[doc], round(score), confidence(scratch.scores[doc]),
                        matchedTerms(scratch, queryTerms, doc)));
            }
            return new MatchResult.Matched(ranked);
        } finally {
            release(scratch);
        }
    }

    /** {@return for each distinct known term of the message (after analysis and typo correction), its entry count} */
    Map<String, Integer> knownTerms(String message) {
        Scratch scratch = borrow();
        try {
            int count = collectTerms(message, scratch);
            Map<String, Integer> out = new java.util.LinkedHashMap<>();
            for (int q = 0; q < count; q++) {
                out.put(terms[scratch.queryTerms[q]], postingDocs[scratch.queryTerms[q]].length);
            }
            out.put("?unknown", scratch.unknownTerms);
            return out;
        } finally {
            release(scratch);
        }
    }

    /** {@return the number of entries indexed} */
    public int size() {
        return entries.length;
    }

    /** {@return the number of distinct terms in the index} */
    public int termCount() {
        return terms.length;
    }

    private static double idf(int entries, int documentFrequency) {
        return Math.log(1 + (entries - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    static double confidence(double score) {
        return Math.round(score / (score + HALF_CONFIDENCE_SCORE) * 1000) / 1000.0;
    }

    private int collectTerms(String message, Scratch scratch) {
        scratch.termCount = 0;
        scratch.unknownTerms = 0;
        TextAnalyzer.analyze(message, scratch.buffer, scratch);
        return scratch.termCount;
    }

    /** Adds one analysed word of the message to the query: known, corrected, or counted as unknown. */
    private void addTerm(Scratch scratch, char[] word, int length) {
        if (scratch.termCount == MAX_QUERY_TERMS) {
            return;
        }
        float weight = 1f;
        int id = lookup.get(word, length);
        if (id < 0 && length >= tuning.typoMinLength()) {
            id = correctTypo(word, length, scratch.typoBuffer);
            weight = (float) tuning.typoWeight();
        }
        if (id < 0) {
            scratch.unknownTerms++;
            return;
        }
        int[] queryTerms = scratch.queryTerms;
        for (int i = 0; i < scratch.termCount; i++) {
            if (queryTerms[i] == id) {
                scratch.queryWeights[i] = Math.max(scratch.queryWeights[i], weight);
                return; // a word repeated in a rambling message counts once
            }
        }
        scratch.queryWeights[scratch.termCount] = weight;
        queryTerms[scratch.termCount++] = id;
    }

    /**
     * Symmetric-delete lookup at edit distance 1: catches a missing, extra, wrong or swapped letter. When several
     * known words are one edit away, the one in most entries wins (the likelier word).
     */
    private int correctTypo(char[] word, int length, char[] work) {
        int best = typoNeighbours.get(word, length); // a letter missing from the word
        for (int skip = 0; skip < length; skip++) {
            int w = 0;
            for (int i = 0; i < length; i++) {
                if (i != skip) {
                    work[w++] = word[i];
                }
            }
            best = likelier(best, lookup.get(work, w)); // an extra letter in the word
            best = likelier(best, typoNeighbours.get(work, w)); // a wrong or swapped letter
        }
        return best;
    }

    private int likelier(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return postingDocs[b].length > postingDocs[a].length ? b : a;
    }

    private int rank(Scratch scratch, int queryTerms, int limit) {
        int epoch = scratch.nextEpoch();
        float[] scores = scratch.scores;
        int[] marks = scratch.marks;
        int[] touched = scratch.touched;
        int touchedCount = 0;
        for (int q = 0; q < queryTerms; q++) {
            int term = scratch.queryTerms[q];
            float weight = scratch.queryWeights[q];
            int[] docs = postingDocs[term];
            float[] impacts = postingImpacts[term];
            for (int i = 0; i < docs.length; i++) {
                int doc = docs[i];
                if (marks[doc] != epoch) {
                    marks[doc] = epoch;
                    scores[doc] = weight * impacts[i];
                    touched[touchedCount++] = doc;
                } else {
                    scores[doc] += weight * impacts[i];
                }
            }
        }
        int[] topDocs = scratch.topDocs;
        float[] topScores = scratch.topScores;
        if (tuning.tagVote() <= 0 && tuning.categoryWeight() <= 0) {
            return top(touched, touchedCount, scores, Math.min(limit, topDocs.length), topDocs, topScores);
        }
        // Category vote: the best candidates lend their category weight, so an entry whose neighbours agree on the
        // category outranks a lone entry that shares one rare word with the message.
        int candidates = top(touched, touchedCount, scores, CANDIDATES, topDocs, topScores);
        float[] tagScores = scratch.tagScores;
        java.util.Arrays.fill(tagScores, 0f);
        for (int i = 0; i < candidates; i++) {
            tagScores[entryTags[topDocs[i]]] += topScores[i];
        }
        float[] categoryScores = scratch.categoryScores;
        java.util.Arrays.fill(categoryScores, 0f);
        if (tuning.categoryWeight() > 0) {
            for (int q = 0; q < queryTerms; q++) {
                float[] impacts = categoryImpacts[scratch.queryTerms[q]];
                float weight = scratch.queryWeights[q];
                for (int c = 0; c < tagCount; c++) {
                    categoryScores[c] += weight * impacts[c];
                }
            }
        }
        float[] combined = scratch.combined;
        for (int i = 0; i < candidates; i++) {
            int doc = topDocs[i];
            int tag = entryTags[doc];
            combined[doc] = scores[doc] + (float) tuning.tagVote() * tagScores[tag]
                    + (float) tuning.categoryWeight() * categoryScores[tag];
        }
        int[] candidateDocs = java.util.Arrays.copyOf(topDocs, candidates);
        return top(candidateDocs, candidates, combined, Math.min(limit, topDocs.length), topDocs, topScores);
    }

    /** Selects the k best of the given docs by score into topDocs/topScores; returns how many were selected. */
    private static int top(int[] docs, int count, float[] scores, int k, int[] topDocs, float[] topScores) {
        int found = 0;
        for (int i = 0; i < count; i++) {
            int doc = docs[i];
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

    /** Every one-letter deletion of every known word, mapped to that word; deletions shared by two words are dropped. */
    private static TermTable typoNeighbours(Map<String, Integer> words, int minLength) {
        Map<String, Integer> owner = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Map.Entry<String, Integer> word : words.entrySet()) {
            String text = word.getKey();
            if (text.length() < minLength - 1) {
                continue;
            }
            for (int skip = 0; skip < text.length(); skip++) {
                String variant = text.substring(0, skip) + text.substring(skip + 1);
                Integer previous = owner.putIfAbsent(variant, word.getValue());
                if (previous != null && !previous.equals(word.getValue())) {
                    ambiguous.add(variant); // two known words one letter apart: don't guess
                }
            }
        }
        owner.keySet().removeAll(ambiguous);
        TermTable table = new TermTable(Math.max(1, owner.size()));
        owner.forEach(table::putIfAbsent);
        return table;
    }

    private Scratch borrow() {
        for (int i = 0; i < pool.length(); i++) {
            Scratch scratch = pool.getAndSet(i, null);
            if (scratch != null) {
                return scratch;
            }
        }
        return new Scratch(entries.length, tagCount);
    }

    private void release(Scratch scratch) {
        for (int i = 0; i < pool.length(); i++) {
            if (pool.compareAndSet(i, null, scratch)) {
                return;
            }
        }
    }

    /** Per-query working memory, pooled so that a query allocates nothing but its result. */
    private final class Scratch implements TextAnalyzer.TermSink {
        final char[] buffer = new char[TextAnalyzer.MAX_TOKEN];
        final char[] typoBuffer = new char[TextAnalyzer.MAX_TOKEN];
        final int[] queryTerms = new int[MAX_QUERY_TERMS];
        final float[] queryWeights = new float[MAX_QUERY_TERMS];
        final float[] scores;
        final float[] combined;
        final float[] tagScores;
        final float[] categoryScores;
        final int[] marks;
        final int[] touched;
        final int[] topDocs = new int[64];
        final float[] topScores = new float[64];
        int epoch;
        int termCount;
        int unknownTerms;

        @Override
        public void term(char[] word, int length) {
            addTerm(this, word, length);
        }

        Scratch(int documents, int tags) {
            scores = new float[documents];
            combined = new float[documents];
            tagScores = new float[Math.max(1, tags)];
            categoryScores = new float[Math.max(1, tags)];
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
