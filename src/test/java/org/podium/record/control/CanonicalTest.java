package org.podium.record.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8785 (JSON Canonicalization Scheme) on the values a record holds, with the RFC's own examples where they apply. */
class CanonicalTest {

    @Test
    void stringsAreEscapedOnlyWhereJsonMust() {
        // RFC 8785 section 3.2.2.2's "string" member, its JSON escapes decoded: euro, $, U+000F, LF, A, ', B, quote,
        // two backslashes, quote, slash
        String value = "€$\u000F\nA'B\"\\\\\"/";
        assertEquals("\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"", Canonical.json(value));
        assertEquals(
                "\"\\b\\f\\n\\r\\t\\u0000\\u001f \u007f\"",
                Canonical.json("\b\f\n\r\t\u0000\u001f \u007f"),
                "the short escapes, lowercase hex for the other controls, DEL as it is");
        assertEquals("\"😀 ñ\"", Canonical.json("😀 ñ"), "no escape outside the controls");
    }

    @Test
    void literalsAndListsHaveNoWhiteSpace() {
        // section 3.2.2.2's "literals" member
        assertEquals("[null,true,false]", Canonical.json(Arrays.asList(null, true, false)));
        assertEquals("[]", Canonical.json(List.of()));
        assertEquals("{}", Canonical.json(Map.of()));
    }

    @Test
    void keysAreSortedByTheirUtf16CodeUnits() {
        // section 3.2.3's example, given in another order
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\u20ac", "Euro Sign");
        m.put("\r", "Carriage Return");
        m.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        m.put("1", "One");
        m.put("\ud83d\ude00", "Emoji: Grinning Face");
        m.put("\u0080", "Control");
        m.put("\u00f6", "Latin Small Letter O With Diaeresis");
        assertEquals(
                "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                Canonical.json(m));
    }

    @Test
    void nestedValuesAndWholeNumbers() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("b", 2L);
        inner.put("a", List.of(1, (short) -3, 0));
        Map<String, Object> outer = new HashMap<>();
        outer.put("z", Arrays.asList((Object) null));
        outer.put("inner", inner);
        assertEquals("{\"inner\":{\"a\":[1,-3,0],\"b\":2},\"z\":[null]}", Canonical.json(outer));
    }

    @Test
    void valuesARecordDoesNotHoldAreRefused() {
        // RFC 8785 writes 4.50 as 4.5 and 1E30 as 1e+30 (ECMAScript's number form); a record holds no fractions
        assertThrows(IllegalArgumentException.class, () -> Canonical.json(4.50));
        assertThrows(IllegalArgumentException.class, () -> Canonical.json(new Object()));
    }

    @Test
    void theChainHashesThePreviousHashALineFeedAndTheEntry() {
        // printf '%s\n{}' 000…0 | sha256sum, outside Java
        assertEquals(
                "5649d09ed68c17156095d175eef152856c5b1a81c117c409c1e00f096aa6838e",
                Canonical.chain(Canonical.ZERO, "{}"));
    }
}
