package dev.mosaic.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestVectorsTest {
    private static final int DIMENSIONS = 384;

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float inverse = (float) (1 / Math.sqrt(sum));
        for (int k = 0; k < v.length; k++) {
            v[k] *= inverse;
        }
        return v;
    }

    private static float[] near(float[] centre, double spread, Random random) {
        float[] v = centre.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] += (float) (random.nextGaussian() * spread);
        }
        return unit(v);
    }

    private static float[] random(Random random) {
        return near(new float[DIMENSIONS], 1, random);
    }

    /**
     * Rows in tight clusters, some spread by less than the fixed-point step (1/46,000) and some exact copies (ties):
     * the integer scores alone would rank them wrongly, so only the floating-point check keeps the answer exact.
     */
    private static float[][] clusteredRows(Random random) {
        float[][] rows = new float[3_000][];
        float[][] centres = new float[30][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = random(random);
        }
        for (int i = 0; i < rows.length; i++) {
            float[] centre = centres[i % centres.length];
            rows[i] = switch (i % 4) {
                case 0 -> centre.clone();
                case 1 -> near(centre, 1e-6, random);
                case 2 -> near(centre, 1e-3, random);
                default -> near(centre, 0.05, random);
            };
        }
        return rows;
    }

    @Test
    void findsExactlyTheRowsTheFullScanFinds() {
        Random random = new Random(7);
        float[][] rows = clusteredRows(random);
        NearestVectors search = new NearestVectors(rows);
        for (int query = 0; query < 300; query++) {
            float[] vector = query % 3 == 0 ? random(random) : near(rows[random.nextInt(rows.length)], 1e-4, random);
            for (int count : new int[] {1, 7, 40}) {
                int[] expected = Vectors.nearest(Vectors.similarities(vector, rows, 0, rows.length), count);
                assertThat(search.nearest(vector, count)).as("query %d, count %d", query, count)
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void aRangeOfTheRowsGivesWhatTheFullScanOfThatRangeGivesCountedFromItsStart() {
        Random random = new Random(9);
        float[][] rows = clusteredRows(random);
        NearestVectors search = new NearestVectors(rows);
        for (int query = 0; query < 100; query++) {
            float[] vector = query % 2 == 0 ? random(random) : near(rows[random.nextInt(rows.length)], 1e-4, random);
            for (int[] range : new int[][] {{631, 3_000}, {0, 631}, {1_000, 1_005}}) {
                int[] expected = Vectors.nearest(Vectors.similarities(vector, rows, range[0], range[1]), 5);
                assertThat(search.nearest(vector, 5, range[0], range[1])).as("query %d, rows %d to %d", query,
                        range[0], range[1]).containsExactly(expected);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.nearest(random(random), 5, 10, 3_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows 10 to 3001 of 3000");
    }

    @Test
    void givesTheSimilarityTheFullScanGives() {
        Random random = new Random(8);
        float[][] rows = clusteredRows(random);
        float[] vector = random(random);
        double[] sims = Vectors.similarities(vector, rows, 0, rows.length);
        NearestVectors search = new NearestVectors(rows);
        for (int i = 0; i < rows.length; i += 97) {
            assertThat(search.similarity(vector, i)).isEqualTo(sims[i]);
        }
    }

    @Test
    void vectorsLongerThanUnitAreComparedInFloatingPointOnly() {
        Random random = new Random(9);
        float[][] rows = clusteredRows(random);
        for (int k = 0; k < DIMENSIONS; k++) {
            rows[5][k] *= 3; // an embedder that broke its contract: the integer copy could overflow
        }
        float[] vector = rows[5].clone();
        float[] longVector = random(random);
        for (int k = 0; k < DIMENSIONS; k++) {
            longVector[k] *= 40;
        }
        NearestVectors search = new NearestVectors(rows);
        for (float[] v : new float[][] {vector, longVector}) {
            assertThat(search.nearest(v, 7))
                    .containsExactly(Vectors.nearest(Vectors.similarities(v, rows, 0, rows.length), 7));
        }
        float[][] unitRows = clusteredRows(random);
        assertThat(new NearestVectors(unitRows).nearest(longVector, 7))
                .containsExactly(Vectors.nearest(Vectors.similarities(longVector, unitRows, 0, unitRows.length), 7));
    }

    @Test
    void asksForNoneOrMoreThanThereAre() {
        Random random = new Random(10);
        float[][] rows = {random(random), random(random), random(random)};
        NearestVectors search = new NearestVectors(rows);
        float[] vector = random(random);
        assertThat(search.nearest(vector, 0)).isEmpty();
        assertThat(search.nearest(vector, 5))
                .containsExactly(Vectors.nearest(Vectors.similarities(vector, rows, 0, rows.length), 5));
        assertThat(search.size()).isEqualTo(3);
        assertThat(new NearestVectors(new float[0][]).nearest(vector, 3)).isEmpty();
    }
}
