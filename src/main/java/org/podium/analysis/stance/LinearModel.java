package org.podium.analysis.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed sparse features, trained by stochastic gradient descent with L2
 * regularisation (the weight decay kept as one scale factor, so that a step costs the example's features, not the
 * model's size). Probabilities are the softmax of the scores. Not thread-safe while training; reading is.
 */
public final class LinearModel {

    private final int classes;
    private final int dims;
    private final float[] w;
    private final double[] bias;
    private double scale = 1;

    public LinearModel(int classes, int dims) {
        this.classes = classes;
        this.dims = dims;
        this.w = new float[classes * dims];
        this.bias = new double[classes];
    }

    public int classes() {
        return classes;
    }

    public int dims() {
        return dims;
    }

    /**
     * Trains on the examples (labels 0 … classes−1), in a shuffled order, {@code epochs} times; {@code lambda} is the
     * L2 strength; classes are weighted by the inverse of their frequency when {@code balanced}.
     */
    public void train(List<Sparse> xs, int[] ys, int epochs, double lambda, boolean balanced, long seed) {
        train(xs, ys, null, epochs, lambda, balanced, seed);
    }

    /** As above, each example weighted (a resident's declared position counts less than a clerk's label). */
    public void train(
            List<Sparse> xs, int[] ys, double[] weights, int epochs, double lambda, boolean balanced, long seed) {
        train(xs, ys, weights, epochs, lambda, balanced ? balancedWeights(ys, null, classes, 1) : null, seed);
    }

    /**
     * Each class's weight: (n / (present classes · its count))^power over the examples of full weight (weights null, or
     * at least 1), so that power 1 makes every class count as much as any other and 0.5 halfway (on a log scale);
     * a class without such examples gets 1.
     */
    public static double[] balancedWeights(int[] ys, double[] weights, int classes, double power) {
        int[] count = new int[classes];
        int n = 0;
        for (int i = 0; i < ys.length; i++) {
            if (weights == null || weights[i] >= 1) {
                count[ys[i]]++;
                n++;
            }
        }
        int present = 0;
        for (int c : count) {
            present += c > 0 ? 1 : 0;
        }
        double[] w = new double[classes];
        for (int k = 0; k < classes; k++) {
            w[k] = count[k] == 0 ? 1 : Math.pow((double) n / (present * count[k]), power);
        }
        return w;
    }

    /** With each class weighted ({@code classWeight} null: all 1). */
    public void train(
            List<Sparse> xs, int[] ys, double[] weights, int epochs, double lambda, double[] classWeight, long seed) {
        train(xs, ys, weights, epochs, lambda, classWeight, seed, epochs);
    }

    /**
     * As above; the model kept is the mean of the weights at the end of each pass from pass {@code averageFrom} (0 …
     * epochs−1) on, or the last weights when {@code averageFrom} ≥ epochs. With the step size that stochastic
     * gradient descent keeps here, the last weights lean on the last examples seen: on a few hundred labels the order
     * of the rows alone moved SemEval's F_avg by ±0.01; the mean of the second half's passes halves that spread.
     */
    public void train(
            List<Sparse> xs,
            int[] ys,
            double[] weights,
            int epochs,
            double lambda,
            double[] classWeight,
            long seed,
            int averageFrom) {
        int n = xs.size();
        if (classWeight == null) {
            classWeight = new double[classes];
            Arrays.fill(classWeight, 1);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[classes];
        long t = 0;
        double eta0 = 0.5;
        float[] sumW = null;
        double[] sumBias = null;
        int passes = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int o : order) {
                double eta = eta0 / (1 + eta0 * lambda * t++);
                Sparse x = xs.get(o);
                probabilities(x, p);
                scale *= 1 - eta * lambda;
                if (scale < 1e-6) {
                    rescale();
                }
                double cw = classWeight[ys[o]] * (weights == null ? 1 : weights[o]);
                for (int k = 0; k < classes; k++) {
                    double g = (p[k] - (k == ys[o] ? 1 : 0)) * cw;
                    if (g == 0) {
                        continue;
                    }
                    float step = (float) (eta * g / scale);
                    int[] idx = x.index();
                    float[] val = x.value();
                    for (int f = 0; f < idx.length; f++) {
                        w[idx[f] * classes + k] -= step * val[f];
                    }
                    bias[k] -= eta * g * 0.1;
                }
            }
            if (epoch >= averageFrom) {
                rescale();
                if (sumW == null) {
                    sumW = new float[w.length];
                    sumBias = new double[classes];
                }
                for (int i = 0; i < w.length; i++) {
                    sumW[i] += w[i];
                }
                for (int k = 0; k < classes; k++) {
                    sumBias[k] += bias[k];
                }
                passes++;
            }
        }
        rescale();
        if (passes > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] = sumW[i] / passes;
            }
            for (int k = 0; k < classes; k++) {
                bias[k] = sumBias[k] / passes;
            }
        }
    }

    private void rescale() {
        float s = (float) scale;
        for (int i = 0; i < w.length; i++) {
            w[i] *= s;
        }
        scale = 1;
    }

    /**
     * The class probabilities of x, into p. A feature's weights for every class lie side by side (one cache line
     * for all of them, where a table per class would cost a miss per class).
     */
    public void probabilities(Sparse x, double[] p) {
        int[] idx = x.index();
        float[] val = x.value();
        Arrays.fill(p, 0);
        if (classes == 3) {
            // the item models' case, in local sums: the loop over classes costs a store per class and feature
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            for (int f = 0; f < idx.length; f++) {
                int base = idx[f] * 3;
                float v = val[f];
                s0 += w[base] * v;
                s1 += w[base + 1] * v;
                s2 += w[base + 2] * v;
            }
            p[0] = s0;
            p[1] = s1;
            p[2] = s2;
        } else if (classes == 2) {
            float s0 = 0;
            float s1 = 0;
            for (int f = 0; f < idx.length; f++) {
                int base = idx[f] * 2;
                float v = val[f];
                s0 += w[base] * v;
                s1 += w[base + 1] * v;
            }
            p[0] = s0;
            p[1] = s1;
        } else {
            for (int f = 0; f < idx.length; f++) {
                int base = idx[f] * classes;
                float v = val[f];
                for (int k = 0; k < classes; k++) {
                    p[k] += w[base + k] * v;
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            p[k] = p[k] * scale + bias[k];
            max = Math.max(max, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
    }

    public double[] probabilities(Sparse x) {
        double[] p = new double[classes];
        probabilities(x, p);
        return p;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(dims);
        for (double b : bias) {
            out.writeDouble(b);
        }
        for (float f : w) {
            out.writeFloat(f * (float) scale);
        }
    }

    public static LinearModel read(DataInputStream in) throws IOException {
        LinearModel m = new LinearModel(in.readInt(), in.readInt());
        for (int k = 0; k < m.classes; k++) {
            m.bias[k] = in.readDouble();
        }
        for (int i = 0; i < m.w.length; i++) {
            m.w[i] = in.readFloat();
        }
        return m;
    }
}
