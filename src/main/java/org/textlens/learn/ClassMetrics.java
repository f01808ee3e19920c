package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Per-class precision, recall and F1 of predicted against gold labels, with macro-F1 (the unweighted
 * mean of the classes' F1), micro-F1 and accuracy. Classes are those of the gold and the predictions,
 * sorted. A class never predicted has precision 0; a class never in the gold has recall 0.
 */
public record ClassMetrics(List<PerClass> classes, double macroF1, double microF1, double accuracy, int count) {
    /** One class's counts and scores. */
    public record PerClass(String label, int support, int truePositives, int falsePositives, int falseNegatives,
                           double precision, double recall, double f1) {
    }

    public static ClassMetrics of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        TreeSet<String> labels = new TreeSet<>(gold);
        labels.addAll(predicted);
        List<PerClass> classes = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            correct += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        double macro = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            PerClass c = new PerClass(label, tp + fn, tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn), f1(tp, fp, fn));
            classes.add(c);
            macro += c.f1();
        }
        double accuracy = ratio(correct, gold.size());
        return new ClassMetrics(classes, labels.isEmpty() ? 0 : macro / labels.size(), accuracy, accuracy, gold.size());
    }

    /** F1 of the counts, 0 when there is nothing to count. */
    public static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public PerClass get(String label) {
        return classes.stream().filter(c -> c.label().equals(label)).findFirst().orElse(null);
    }
}
