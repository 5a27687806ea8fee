package org.podium.analysis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {

    @Test
    void textsReadInABatchWithSomeRememberedComeBackInOrderAndAsReadAlone() {
        SentenceVectors s = SentenceVectors.available().orElseThrow();
        String known = "The pension funds should be audited before any increase. " + UUID.randomUUID();
        String a = "Someone should inspect the retirement fund accounts before any tax hike. " + UUID.randomUUID();
        String b = "I like the new park on Elm Street. " + UUID.randomUUID();
        float[] first = s.of(known);
        List<float[]> batch = s.of(List.of(a, known, b));
        assertEquals(3, batch.size());
        assertSame(first, batch.get(1), "a text read before is not read again");
        assertArrayEquals(s.of(a), batch.get(0));
        assertArrayEquals(s.of(b), batch.get(2));
        assertEquals(SentenceVectors.DIMENSIONS, batch.get(0).length);
        assertTrue(dot(batch.get(0), first) > dot(batch.get(2), first), "closer in meaning, closer as vectors");
        assertEquals(1.0, dot(first, first), 1e-3, "length 1");
    }

    private static double dot(float[] x, float[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
        }
        return d;
    }
}
