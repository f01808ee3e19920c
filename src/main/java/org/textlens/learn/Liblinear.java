package org.textlens.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one place that talks to liblinear: turns feature vectors into its problem, trains, and reads
 * the weights back as columns over our feature index. Primal solvers only (Newton's method, no random
 * order), an unregularised bias, and a fixed seed for anything random: the same input gives the same
 * weights on every run and thread.
 */
final class Liblinear {
    static final String VERSION = "liblinear-java 2.44";
    private static final double EPSILON = 0.01;

    static {
        Linear.disableDebugOutput();
    }

    private Liblinear() {
    }

    /**
     * Trains on {@code y} (class numbers 0..k-1 for classification, values for regression) and returns,
     * per liblinear column, the weights over {@code index} followed by the bias.
     *
     * @param classWeights per class number, the factor on its instances' loss; null for none
     * @return {@code [column][feature..., bias]}, columns in the order of {@code labelsOut}
     */
    static double[][] train(List<FeatureVector> xs, double[] y, FeatureIndex index, TrainingOptions options,
                            double[] classWeights, int[] labelsOut) {
        Problem p = new Problem();
        p.l = xs.size();
        p.n = index.size() + 1;
        p.bias = 1;
        p.y = y.clone();
        p.x = new Feature[xs.size()][];
        for (int i = 0; i < xs.size(); i++) {
            p.x[i] = nodes(xs.get(i), index);
        }
        Parameter param = new Parameter(options.solver().liblinear, options.c(), EPSILON);
        param.setRandom(new Random(0));
        param.setRegularizeBias(false);
        if (options.solver() == Solver.RIDGE) {
            param.setP(0);
        }
        if (classWeights != null) {
            int[] labels = new int[classWeights.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = i;
            }
            param.setWeights(classWeights.clone(), labels);
        }
        Model m = Linear.train(p, param);
        int features = index.size();
        int columns = options.solver() == Solver.RIDGE || m.getNrClass() == 2 ? 1 : m.getNrClass();
        double[][] out = new double[columns][features + 1];
        double[] w = m.getFeatureWeights();
        for (int f = 0; f <= features; f++) {
            for (int c = 0; c < columns; c++) {
                out[c][f] = w[f * columns + c];
            }
        }
        if (labelsOut != null && m.getLabels() != null) {
            System.arraycopy(m.getLabels(), 0, labelsOut, 0, Math.min(labelsOut.length, m.getLabels().length));
        }
        return out;
    }

    private static Feature[] nodes(FeatureVector x, FeatureIndex index) {
        List<Feature> nodes = new ArrayList<>(x.size() + 1);
        for (int i = 0; i < x.size(); i++) {
            int f = index.position(x.name(i));
            if (f >= 0 && x.value(i) != 0) {
                nodes.add(new FeatureNode(f + 1, x.value(i))); // names are sorted, so positions ascend
            }
        }
        nodes.add(new FeatureNode(index.size() + 1, 1.0)); // the bias feature
        return nodes.toArray(Feature[]::new);
    }
}
