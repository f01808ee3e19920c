package org.textlens.learn;

/** What one feature added to a decision: its weight times its value. */
public record Contribution(String feature, double value, double weight, double amount) {
    /** {@code name:amount} for an indicator (value 1), {@code name=value:amount} for a measure; 2 decimals. */
    public String format() {
        String v = value == 1 ? "" : "=" + Numbers.compact(value);
        return feature + v + ":" + Numbers.fixed(amount, 2);
    }
}
