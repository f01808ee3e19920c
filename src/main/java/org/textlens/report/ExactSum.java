package org.textlens.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A sum of doubles kept exactly, so that it is the same whatever order the values are added and
 * merged in (on the report's worker threads or across a cluster's partitions), and its value is
 * the double nearest the exact sum.
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal sum = BigDecimal.ZERO;

    public ExactSum add(double value) {
        sum = sum.add(new BigDecimal(value));
        return this;
    }

    public ExactSum add(ExactSum other) {
        sum = sum.add(other.sum);
        return this;
    }

    public double value() {
        return sum.doubleValue();
    }
}
