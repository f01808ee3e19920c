package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document says of one entity, the unit a group summary resamples: the document's group
 * (its {@code --group-field} value), the entity, its mentions, their score sum and label counts.
 */
public record DocumentTally(String group, String entity, int mentions, double sum, int negative, int neutral, int positive) {
    static List<DocumentTally> of(String group, List<PortrayalAnalyzer.Portrayed> portrayed) {
        Map<String, SummaryRow.Tally> byEntity = new LinkedHashMap<>();
        for (PortrayalAnalyzer.Portrayed p : portrayed) {
            byEntity.computeIfAbsent(p.target().entity(), k -> new SummaryRow.Tally()).add(p.portrayal());
        }
        List<DocumentTally> out = new ArrayList<>(byEntity.size());
        byEntity.forEach((entity, t) -> out.add(new DocumentTally(group, entity, t.mentions, t.sum, t.negative, t.neutral, t.positive)));
        return out;
    }
}
