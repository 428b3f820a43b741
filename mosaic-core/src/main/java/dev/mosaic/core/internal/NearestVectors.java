package dev.mosaic.core.internal;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The rows nearest a unit vector, the same ones {@link Vectors#nearest} finds over {@link Vectors#similarities}, found
 * in under half the time: every row is first compared on a fixed-point integer copy (HotSpot turns an integer
 * multiply-add loop into vector instructions; it leaves a floating-point one scalar, because vectorizing would reorder
 * its additions), and only the rows that copy cannot rule out are compared in floating point. The integer score of a
 * row differs from its floating-point one by at most a bound worked out from the vectors' lengths, so a row whose
 * integer score falls more than twice that bound below the {@code count}-th best cannot be among the nearest: the
 * answer is exact, not approximate. Rows or a vector longer than unit (an embedder that breaks its contract) are
 * compared in floating point only.
 *
 * <p>Costs a second copy of the rows (two bytes a number: the care examples' copy was 33 MB as {@code int}, and the
 * server's tests ran out of a 256 MB heap), made once per rows array and shared by every search over it. Immutable and
 * thread-safe.
 */
public final class NearestVectors {
    /**
     * Fixed-point units per 1.0: large enough to keep the error tiny, small enough that a number of a row no longer
     * than {@link #LONGEST} fits a {@code short} and a sum never overflows an {@code int}.
     */
    private static final double SCALE = 32_000;
    /** The longest vector the integer copy takes: with this length, no integer dot product can overflow. */
    private static final double LONGEST = 1.0005;

    private final float[][] rows;
    /** The rows in fixed point, or null when some row is too long for it. */
    private final short[][] fixed;
    private final double longestRow;

    /** The integer copy of rows already searched: every Mosaic in a process shares the rows, so it shares these. */
    private static final Map<float[][], Copy> COPIES = new WeakHashMap<>(); // arrays compare by identity

    /** An integer copy, which must not refer to its rows (they are the weak key). */
    private record Copy(short[][] fixed, double longestRow) {
    }

    /**
     * Builds the search.
     *
     * @param rows the rows, shared and never written
     */
    public NearestVectors(float[][] rows) {
        this.rows = rows;
        Copy copy;
        synchronized (COPIES) {
            copy = COPIES.computeIfAbsent(rows, NearestVectors::copy);
        }
        this.fixed = copy.fixed();
        this.longestRow = copy.longestRow();
    }

    private static Copy copy(float[][] rows) {
        double longest = 0;
        for (float[] row : rows) {
            longest = Math.max(longest, length(row));
        }
        int dimensions = rows.length == 0 ? 0 : rows[0].length;
        if (longest > LONGEST || overflows(dimensions)) {
            return new Copy(null, longest);
        }
        short[][] fixed = new short[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            fixed[i] = fixedPoint(rows[i]);
        }
        return new Copy(fixed, longest);
    }

    /** {@return how many rows there are} */
    public int size() {
        return rows.length;
    }

    /**
     * {@return the similarity of the vector to one row: the value {@link Vectors#similarities} gives it}
     *
     * @param vector the vector
     * @param row the row's index
     */
    public double similarity(float[] vector, int row) {
        return Vectors.dot(vector, rows[row]);
    }

    /**
     * {@return the indices of the {@code count} rows most similar to the vector, most similar first, on equal
     * similarity the earlier row first (fewer when there are fewer rows): exactly what {@link Vectors#nearest} gives
     * for {@link Vectors#similarities}}
     *
     * @param vector the vector, as long as the rows
     * @param count how many
     */
    public int[] nearest(float[] vector, int count) {
        return nearest(vector, count, 0, rows.length);
    }

    /**
     * {@return the indices, counted from {@code from}, of the {@code count} rows of {@code [from, to)} most similar to
     * the vector: exactly what {@link Vectors#nearest} gives for {@link Vectors#similarities} over that range}
     * One search over a part of the rows shares the integer copy of them all (a ranker's examples sit after its
     * library's prompts in one array).
     *
     * @param vector the vector, as long as the rows
     * @param count how many
     * @param from the first row of the range
     * @param to the row after the last
     */
    public int[] nearest(float[] vector, int count, int from, int to) {
        if (from < 0 || to > rows.length || from > to) {
            throw new IllegalArgumentException("rows " + from + " to " + to + " of " + rows.length);
        }
        if (count <= 0) {
            return new int[0];
        }
        double length = length(vector);
        if (fixed == null || length > LONGEST || count >= to - from) {
            return Vectors.nearest(Vectors.similarities(vector, rows, from, to), count);
        }
        short[] q = fixedPoint(vector);
        int[] scores = new int[to - from];
        for (int i = 0; i < scores.length; i++) {
            short[] row = fixed[from + i];
            int sum = 0;
            for (int k = 0; k < q.length; k++) {
                sum += q[k] * row[k];
            }
            scores[i] = sum;
        }
        long cut = (long) lowestOfBest(scores, count) - (long) Math.ceil(2 * bound(length, vector.length) * SCALE
                * SCALE);
        int candidates = 0;
        for (int score : scores) {
            candidates += score >= cut ? 1 : 0;
        }
        int[] at = new int[candidates];
        double[] sims = new double[candidates];
        for (int i = 0, c = 0; i < scores.length; i++) {
            if (scores[i] >= cut) {
                at[c] = i;
                sims[c++] = Vectors.dot(vector, rows[from + i]);
            }
        }
        int[] best = Vectors.nearest(sims, count); // candidates keep row order, so ties still go to the earlier row
        for (int t = 0; t < best.length; t++) {
            best[t] = at[best[t]];
        }
        return best;
    }

    /**
     * The most the integer score, divided by {@code SCALE²}, can differ from the floating-point similarity: rounding
     * each number moves it by at most half a unit, so each vector by at most {@code √d / (2·SCALE)}; by
     * Cauchy–Schwarz the dot product moves by at most that times the other vector's length, twice, plus the product
     * of the two errors; 1e-4 more covers the floating-point sum's own rounding (about 1e-5 for 384 numbers).
     */
    private double bound(double vectorLength, int dimensions) {
        double half = Math.sqrt(dimensions) / (2 * SCALE);
        return (vectorLength + longestRow) * half + half * half + 1e-4;
    }

    /** The lowest of the {@code count} highest scores: a small sorted array, as in {@link Vectors#best}. */
    private static int lowestOfBest(int[] scores, int count) {
        int[] best = new int[count]; // descending
        int filled = 0;
        for (int score : scores) {
            if (filled == count && score <= best[count - 1]) {
                continue;
            }
            int at = Math.min(filled, count - 1);
            while (at > 0 && best[at - 1] < score) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = score;
            filled = Math.min(filled + 1, count);
        }
        return best[count - 1];
    }

    /** Whether a dot product of vectors this long could overflow an int in fixed point. */
    private static boolean overflows(int dimensions) {
        double longestFixed = SCALE * LONGEST + Math.sqrt(dimensions) / 2;
        return longestFixed * longestFixed >= Integer.MAX_VALUE;
    }

    private static short[] fixedPoint(float[] vector) {
        short[] out = new short[vector.length];
        for (int k = 0; k < vector.length; k++) {
            out[k] = (short) Math.round(vector[k] * SCALE); // |x| <= LONGEST, so within a short
        }
        return out;
    }

    private static double length(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
