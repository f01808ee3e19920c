package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.learn.Contribution;
import org.textlens.learn.Explanation;

/**
 * The {@code evidence} column of {@code --explain}: the features that weighed most in the chosen
 * label's decision, grouped by what they are attached to: {@code target} (this target's clause, its
 * neighbours and role), {@code own words} (what the target itself says), {@code quoted} (another
 * speaker's words), {@code other target} (a clause of another target), {@code sentence} (the rest).
 * For example {@code target: pre|slam:+0.62, near:val-=0.4:+0.31; sentence: lemma=coup:+0.20}.
 */
final class Evidence {
    static final int TOP = 8;

    private Evidence() {
    }

    static String format(String label, Explanation explanation) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String g : List.of("target", "own words", "quoted", "other target", "sentence")) {
            groups.put(g, new ArrayList<>());
        }
        for (Contribution c : explanation.top(TOP)) {
            if (c.amount() != 0) {
                groups.get(groupOf(c.feature())).add(c.format());
            }
        }
        StringBuilder sb = new StringBuilder(label);
        groups.forEach((g, items) -> {
            if (!items.isEmpty()) {
                sb.append(sb.length() == label.length() ? " by " : "; ").append(g).append(": ").append(String.join(", ", items));
            }
        });
        return sb.toString();
    }

    static String groupOf(String feature) {
        int cut = feature.length();
        for (char c : new char[] {'|', ':', '='}) {
            int i = feature.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String region = feature.substring(0, cut);
        if (TargetFeatures.ATTACHED.contains(region) || region.equals("target") || region.equals("clause")) {
            return region.equals("own") ? "own words" : "target";
        }
        return switch (region) {
            case "voice" -> "quoted";
            case "other" -> "other target";
            default -> "sentence";
        };
    }
}
