package dev.mosaic.core.internal;

import java.util.function.IntPredicate;

/** The semantic layer's scan: the similarities of one unit vector to many. */
public final class Vectors {
    private Vectors() {
    }

    /**
     * {@return the dot product of the vector with rows {@code from} (inclusive) to {@code to} (exclusive): the cosine
     * similarity, for unit vectors}
     *
     * @param vector the vector
     * @param rows the rows, shared and never written (so every Mosaic in a process can scan the same ones)
     * @param from the first row
     * @param to after the last row
     */
    public static double[] similarities(float[] vector, float[][] rows, int from, int to) {
        double[] sims = new double[to - from];
        for (int i = from; i < to; i++) {
            sims[i - from] = dot(vector, rows[i]);
        }
        return sims;
    }

    /**
     * {@return the dot product of two vectors of one length, in four running sums (independent additions the
     * processor can overlap), added in a fixed order so that every caller gets the same value}
     *
     * @param vector one vector
     * @param row the other
     */
    public static double dot(float[] vector, float[] row) {
        float a = 0;
        float b = 0;
        float c = 0;
        float d = 0;
        int k = 0;
        for (; k + 3 < vector.length; k += 4) {
            a += vector[k] * row[k];
            b += vector[k + 1] * row[k + 1];
            c += vector[k + 2] * row[k + 2];
            d += vector[k + 3] * row[k + 3];
        }
        for (; k < vector.length; k++) {
            a += vector[k] * row[k];
        }
        return (a + b) + (c + d);
    }

    /**
     * {@return the indices of the {@code count} highest scores, highest first (fewer when there are fewer rows); on
     * equal scores the earlier row first}
     *
     * @param scores the scores
     * @param count how many
     */
    public static int[] nearest(double[] scores, int count) {
        return best(scores, count, i -> false);
    }

    /**
     * {@return the indices of the {@code count} best rows, those {@code first} accepts ahead of the others, each group
     * by descending score; on equal standing the earlier row first}. An insertion into a small sorted array: the
     * count is a handful, so one pass beats sorting every row.
     *
     * @param scores the scores
     * @param count how many
     * @param first which rows go ahead of the rest
     */
    public static int[] best(double[] scores, int count, IntPredicate first) {
        int n = Math.min(count, scores.length);
        int[] best = new int[n];
        boolean[] preferred = new boolean[n];
        int filled = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean p = first.test(i);
            int at = filled;
            while (at > 0 && ranksBefore(p, scores[i], preferred[at - 1], scores[best[at - 1]])) {
                at--;
            }
            if (at < n) {
                int moving = Math.min(filled, n - 1) - at;
                System.arraycopy(best, at, best, at + 1, moving);
                System.arraycopy(preferred, at, preferred, at + 1, moving);
                best[at] = i;
                preferred[at] = p;
                filled = Math.min(filled + 1, n);
            }
        }
        return best;
    }

    private static boolean ranksBefore(boolean preferred, double score, boolean otherPreferred, double otherScore) {
        return preferred != otherPreferred ? preferred : score > otherScore;
    }
}
