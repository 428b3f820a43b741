package dev.mosaic.core.internal;

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
        int dimensions = vector.length;
        for (int i = from; i < to; i++) {
            float[] row = rows[i];
            // four running sums: independent additions the processor can overlap
            float a = 0;
            float b = 0;
            float c = 0;
            float d = 0;
            int k = 0;
            for (; k + 3 < dimensions; k += 4) {
                a += vector[k] * row[k];
                b += vector[k + 1] * row[k + 1];
                c += vector[k + 2] * row[k + 2];
                d += vector[k + 3] * row[k + 3];
            }
            for (; k < dimensions; k++) {
                a += vector[k] * row[k];
            }
            sims[i - from] = (a + b) + (c + d);
        }
        return sims;
    }
}
