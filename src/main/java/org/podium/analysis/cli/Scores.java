package org.podium.analysis.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.podium.analysis.stance.Stance;

/**
 * Stance scores as the shared tasks report them: the confusion matrix; F1 per label; per-target macro-F1 (over the
 * labels present in that target's gold rows); and, pooled over every row, F_avg = (F1 SUPPORT + F1 OPPOSE) / 2 (the
 * SemEval-2016 Task 6 measure), macro-F1 over the labels present in the gold rows, and accuracy.
 */
final class Scores {

    private static final Stance[] L = Stance.values();
    private final int[][] pooled = new int[3][3];
    private final Map<String, int[][]> byTarget = new LinkedHashMap<>();
    private int n;

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
        out.printf(
                Locale.ROOT, "RESULT f_avg=%.4f macro_f1=%.4f accuracy=%.4f n=%d%n", fAvg(), macroF1(), accuracy(), n);
    }
}
