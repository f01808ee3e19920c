package org.textlens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.textlens.lexicon.TsvEntries;

/** The built-in scheme files: well formed, broad, and each cue listed once per frame. */
class BuiltinSchemesTest {
    @ParameterizedTest
    @EnumSource(Scheme.Builtin.class)
    void eachCueIsListedOnceInAFrame(Scheme.Builtin builtin) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(SchemeBuilder.class, builtin.resource())) {
            String key = e.field(0) + " " + SchemeBuilder.lemmas(e.field(1));
            Integer earlier = firstLine.putIfAbsent(key, (int) e.line());
            if (earlier != null) {
                duplicates.add(e.field(0) + ": '" + e.field(1) + "' (line " + e.line() + ") repeats line " + earlier);
            }
        }
        assertEquals(List.of(), duplicates, "two spellings with the same lemmas are one cue; list it once, with one weight");
    }

    @ParameterizedTest
    @EnumSource(Scheme.Builtin.class)
    void everyFrameHasDozensOfCues(Scheme.Builtin builtin) {
        Scheme scheme = new SchemeBuilder().add(builtin).build(builtin.schemeName());
        Map<String, Integer> perFrame = new HashMap<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(SchemeBuilder.class, builtin.resource())) {
            perFrame.merge(e.field(0), 1, Integer::sum);
        }
        assertEquals(builtin == Scheme.Builtin.GENERIC ? 6 : 15, scheme.frames().size());
        scheme.frames().forEach(f -> assertTrue(perFrame.get(f) >= 60, f + " has only " + perFrame.get(f) + " cues"));
    }
}
