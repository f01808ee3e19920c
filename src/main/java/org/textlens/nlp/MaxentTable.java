package org.textlens.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A copy of a GIS maxent model's parameters keyed by the characters of each feature, so that a
 * feature made of a fixed prefix and a slice of the text ({@code "x=" + prefix}) is looked up
 * without building its String. A feature is found by the String hash of its characters in an
 * open-addressing table and verified character by character, so a hash collision cannot pick
 * another feature's parameters.
 *
 * <p>{@link #begin()}, {@link #add} per feature and {@link #best()} give the outcome that
 * {@code model.getBestOutcome(model.eval(features))} gives: the sums start at the uniform prior,
 * each known feature adds its parameters in the order the features came, and the probabilities
 * are formed with {@code StrictMath.exp} and compared exactly as {@code GISModel} and
 * {@code ArrayMath.argmax} do, so even ties and rounding decide the same way. Not thread-safe:
 * one instance per thread ({@link #copy()} shares the read-only tables).
 */
final class MaxentTable {
    private final int[] slots;          // entry + 1 per slot, 0 = empty
    private final int shift;
    private final int[] hashes;         // per entry
    private final int[] keyStart;       // per entry, into keyChars; keyStart[e + 1] ends it
    private final char[] keyChars;
    private final int[] paramStart;     // per entry, into outcomes/params; paramStart[e + 1] ends it
    private final int[] outcomes;
    private final double[] params;
    private final double logPrior;
    private final double[] sums;

    private MaxentTable(MaxentTable shared) {
        slots = shared.slots;
        shift = shared.shift;
        hashes = shared.hashes;
        keyStart = shared.keyStart;
        keyChars = shared.keyChars;
        paramStart = shared.paramStart;
        outcomes = shared.outcomes;
        params = shared.params;
        logPrior = shared.logPrior;
        sums = new double[shared.sums.length];
    }

    @SuppressWarnings("unchecked")
    private MaxentTable(Map<String, Context> predicates, int numOutcomes) {
        int n = predicates.size();
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        slots = new int[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        hashes = new int[n];
        keyStart = new int[n + 1];
        paramStart = new int[n + 1];
        int chars = 0;
        int pairs = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            chars += e.getKey().length();
            pairs += e.getValue().getOutcomes().length;
        }
        keyChars = new char[chars];
        outcomes = new int[pairs];
        params = new double[pairs];
        int entry = 0;
        chars = 0;
        pairs = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String key = e.getKey();
            key.getChars(0, key.length(), keyChars, chars);
            keyStart[entry] = chars;
            chars += key.length();
            int[] o = e.getValue().getOutcomes();
            double[] p = e.getValue().getParameters();
            paramStart[entry] = pairs;
            System.arraycopy(o, 0, outcomes, pairs, o.length);
            System.arraycopy(p, 0, params, pairs, o.length);
            pairs += o.length;
            hashes[entry] = key.hashCode();
            int slot = home(hashes[entry]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = entry + 1;
            entry++;
        }
        keyStart[n] = chars;
        paramStart[n] = pairs;
        logPrior = StrictMath.log(1.0 / numOutcomes); // UniformPrior, as GISModel's reader builds it
        sums = new double[numOutcomes];
    }

    /**
     * The table of {@code model}, or null when it is not a plain {@link GISModel} (whose eval this
     * class reproduces); the caller then asks the model itself.
     */
    @SuppressWarnings("unchecked")
    static MaxentTable of(MaxentModel model) {
        if (model.getClass() != GISModel.class) {
            return null;
        }
        Object[] data = ((GISModel) model).getDataStructures();
        if (!(data[1] instanceof Map<?, ?> pmap)) {
            return null;
        }
        return new MaxentTable((Map<String, Context>) pmap, model.getNumOutcomes());
    }

    /** Another instance over the same parameters, for another thread. */
    MaxentTable copy() {
        return new MaxentTable(this);
    }

    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /** Starts a new evaluation. */
    void begin() {
        Arrays.fill(sums, logPrior);
    }

    /** The String hash that {@code prefix} continues with the characters {@code s[from, to)}. */
    static int hash(int prefixHash, char[] s, int from, int to) {
        int h = prefixHash;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }

    /**
     * Adds the parameters of the feature whose characters are {@code prefix} followed by
     * {@code s[from, to)}, with {@code hash} their String hash ({@link #hash}); an unknown feature
     * adds nothing, as in the model.
     */
    void add(char[] prefix, char[] s, int from, int to, int hash) {
        int length = prefix.length + to - from;
        int mask = slots.length - 1;
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return;
            }
            if (hashes[entry] == hash && keyStart[entry + 1] - keyStart[entry] == length && matches(entry, prefix, s, from, to)) {
                for (int k = paramStart[entry], end = paramStart[entry + 1]; k < end; k++) {
                    sums[outcomes[k]] += params[k] * 1.0; // value 1 per feature, as GISModel multiplies it
                }
                return;
            }
        }
    }

    private boolean matches(int entry, char[] prefix, char[] s, int from, int to) {
        int k = keyStart[entry];
        for (char c : prefix) {
            if (keyChars[k++] != c) {
                return false;
            }
        }
        for (int i = from; i < to; i++) {
            if (keyChars[k++] != s[i]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the best outcome of the features added since {@link #begin()}. */
    int best() {
        int top = clearWinner();
        if (top >= 0) {
            return top;
        }
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        int best = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[best] < sums[o]) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The outcome whose sum exceeds every other by more than 1e-6, when all sums are far from
     * exp's overflow and underflow: exp then keeps them apart by a factor of at least 1 + 1e-6,
     * far beyond its rounding, so the exact comparison below would pick it too. -1 otherwise.
     */
    private int clearWinner() {
        int top = 0;
        for (int o = 0; o < sums.length; o++) {
            double v = sums[o];
            if (!(v > -700 && v < 700)) {
                return -1;
            }
            if (v > sums[top]) {
                top = o;
            }
        }
        for (int o = 0; o < sums.length; o++) {
            if (o != top && !(sums[top] - sums[o] > 1e-6)) {
                return -1;
            }
        }
        return top;
    }
}
