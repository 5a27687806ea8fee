package org.podium.analysis.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.podium.analysis.stance.Stance;

/**
 * Stance scores as the shared tasks report them: the confusion matrix; F1 per label; per-target macro-F1 (over the
 * labels present in that target's gold rows); and, pooled over every row, F_avg = (F1 SUPPORT + F1 OPPOSE) / 2 (the
 * SemEval-2016 Task 6 measure), macro-F1 over the labels present in the gold rows, and accuracy. And calibration: for
 * the predictions said to be 90 % sure, how often they were right (per tenth of confidence), and the expected
 * calibration error (the gap between said and right, weighted by how many predictions said it).
 */
final class Scores {

    private static final Stance[] L = Stance.values();
    private final int[][] pooled = new int[3][3];
    private final Map<String, int[][]> byTarget = new LinkedHashMap<>();
    private int n;
    /** Per tenth of confidence: predictions, right ones, and the sum of the confidences said. */
    private final int[] binCount = new int[10];

    private final int[] binRight = new int[10];
    private final double[] binSaid = new double[10];

    void add(String target, Stance gold, Stance predicted, double confidence) {
        int b = Math.min(9, Math.max(0, (int) Math.floor(confidence * 10)));
        binCount[b]++;
        binRight[b] += gold == predicted ? 1 : 0;
        binSaid[b] += confidence;
        add(target, gold, predicted);
    }

    void add(String target, Stance gold, Stance predicted) {
        pooled[gold.ordinal()][predicted.ordinal()]++;
        byTarget.computeIfAbsent(target, t -> new int[3][3])[gold.ordinal()][predicted.ordinal()]++;
        n++;
    }

    static double f1(int[][] m, int k) {
        int tp = m[k][k];
        int predicted = 0;
        int gold = 0;
        for (int j = 0; j < 3; j++) {
            predicted += m[j][k];
            gold += m[k][j];
        }
        return tp == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    static double macro(int[][] m) {
        double sum = 0;
        int labels = 0;
        for (int k = 0; k < 3; k++) {
            int gold = m[k][0] + m[k][1] + m[k][2];
            if (gold > 0) {
                sum += f1(m, k);
                labels++;
            }
        }
        return labels == 0 ? 0 : sum / labels;
    }

    double fAvg() {
        return (f1(pooled, Stance.SUPPORT.ordinal()) + f1(pooled, Stance.OPPOSE.ordinal())) / 2;
    }

    double macroF1() {
        return macro(pooled);
    }

    double accuracy() {
        return n == 0 ? 0 : (double) (pooled[0][0] + pooled[1][1] + pooled[2][2]) / n;
    }

    void print(PrintStream out) {
        out.println("confusion matrix (rows: gold, columns: predicted)");
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "", L[0], L[1], L[2]);
        for (int g = 0; g < 3; g++) {
            out.printf(Locale.ROOT, "%-10s %9d %9d %9d%n", L[g], pooled[g][0], pooled[g][1], pooled[g][2]);
        }
        for (int k = 0; k < 3; k++) {
            out.printf(Locale.ROOT, "F1 %-8s %.4f%n", L[k], f1(pooled, k));
        }
        out.println("per-target macro-F1");
        for (Map.Entry<String, int[][]> e : byTarget.entrySet()) {
            int[][] m = e.getValue();
            int rows = 0;
            for (int[] r : m) {
                rows += r[0] + r[1] + r[2];
            }
            out.printf(Locale.ROOT, "  %.4f  n=%-6d %s%n", macro(m), rows, e.getKey());
        }
        int counted = 0;
        double gap = 0;
        for (int b = 0; b < 10; b++) {
            counted += binCount[b];
        }
        if (counted > 0) {
            out.println("calibration (confidence said: how often right)");
            for (int b = 0; b < 10; b++) {
                if (binCount[b] > 0) {
                    double said = binSaid[b] / binCount[b];
                    double right = (double) binRight[b] / binCount[b];
                    gap += Math.abs(said - right) * binCount[b] / counted;
                    out.printf(
                            Locale.ROOT,
                            "  %.2f-%.2f  said %.2f  right %.2f  n=%d%n",
                            b / 10.0,
                            (b + 1) / 10.0,
                            said,
                            right,
                            binCount[b]);
                }
            }
            out.printf(Locale.ROOT, "CALIBRATION ece=%.4f n=%d%n", gap, counted);
        }
        out.printf(
                Locale.ROOT, "RESULT f_avg=%.4f macro_f1=%.4f accuracy=%.4f n=%d%n", fAvg(), macroF1(), accuracy(), n);
    }
}
