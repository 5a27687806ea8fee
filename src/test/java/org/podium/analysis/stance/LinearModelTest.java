package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static final int DIMS = 100;
    private static final int EPOCHS = 20;

    /**
     * Noisy examples: 20 features each; even dimensions count for class 0, odd ones for class 1, a tie is class 2;
     * a fifth of the labels drawn at random instead.
     */
    private static List<Object[]> examples(Random random, int n) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] idx = new int[20];
            float[] val = new float[20];
            double score = 0;
            for (int f = 0; f < 20; f++) {
                idx[f] = f * (DIMS / 20) + random.nextInt(DIMS / 20);
                val[f] = (float) (1 / Math.sqrt(20));
                score += idx[f] % 2 == 0 ? 1 : -1;
            }
            int y = score > 0 ? 0 : score < 0 ? 1 : 2;
            if (random.nextInt(5) == 0) {
                y = random.nextInt(3);
            }
            out.add(new Object[] {new Sparse(idx, val), y});
        }
        return out;
    }

    /** The mean difference in the probabilities of two models trained on the rows in two orders, over the probes. */
    private static double spread(List<Object[]> train, List<Object[]> probes, int averageFrom) {
        List<Object[]> other = new ArrayList<>(train);
        Collections.shuffle(other, new Random(99));
        LinearModel a = trained(train, averageFrom);
        LinearModel b = trained(other, averageFrom);
        double sum = 0;
        for (Object[] p : probes) {
            double[] pa = a.probabilities((Sparse) p[0]);
            double[] pb = b.probabilities((Sparse) p[0]);
            for (int k = 0; k < 3; k++) {
                sum += Math.abs(pa[k] - pb[k]);
            }
        }
        return sum / (3 * probes.size());
    }

    private static LinearModel trained(List<Object[]> rows, int averageFrom) {
        LinearModel m = new LinearModel(3, DIMS);
        List<Sparse> xs = rows.stream().map(r -> (Sparse) r[0]).toList();
        int[] ys = rows.stream().mapToInt(r -> (Integer) r[1]).toArray();
        m.train(xs, ys, null, EPOCHS, 1e-5, null, 7, averageFrom);
        return m;
    }

    @Test
    void theMeanOfTheLastPassesLeansLessOnTheOrderOfTheRows() {
        Random random = new Random(2026);
        List<Object[]> train = examples(random, 300);
        List<Object[]> probes = examples(random, 200);
        double last = spread(train, probes, EPOCHS);
        double averaged = spread(train, probes, EPOCHS / 2);
        assertTrue(last > 0.01, "the order matters to the last weights: " + last);
        assertTrue(averaged < last / 2, "averaged " + averaged + ", last " + last);
    }

    private static int right(LinearModel m, List<Object[]> probes) {
        int right = 0;
        for (Object[] p : probes) {
            double[] pr = m.probabilities((Sparse) p[0]);
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = pr[k] > pr[best] ? k : best;
            }
            right += best == (Integer) p[1] ? 1 : 0;
        }
        return right;
    }

    @Test
    void averagingKeepsWhatWasLearnt() {
        Random random = new Random(7);
        List<Object[]> train = examples(random, 300);
        List<Object[]> probes = examples(random, 1000);
        int averaged = right(trained(train, EPOCHS / 2), probes);
        int last = right(trained(train, EPOCHS), probes);
        // guessing is right a third of the time
        assertTrue(averaged > 500, averaged + " of 1000 (last " + last + ")");
        assertTrue(averaged >= last - 20, "averaged " + averaged + ", last " + last);
    }
}
