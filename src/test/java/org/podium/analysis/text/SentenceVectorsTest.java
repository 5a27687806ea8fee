package org.podium.analysis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

    @Test
    void theServersOneThreadModelReadsAsTheShippedOneAndRunsOnTheCallersThreadAlone() throws Exception {
        SentenceVectors all = SentenceVectors.available().orElseThrow();
        SentenceVectors one = SentenceVectors.availableOnOneThread().orElseThrow();
        List<String> texts = List.of(
                "Seniors on fixed incomes cannot absorb another property tax increase. " + UUID.randomUUID(),
                "Please publish how much of the levy goes to each pension fund. " + UUID.randomUUID(),
                "The bus comes every 40 minutes on Kedzie. " + UUID.randomUUID());
        List<float[]> expected = all.of(texts);
        Set<String> before = threadNames();
        List<float[]> read = one.of(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(1.0, dot(expected.get(i), read.get(i)), 1e-4, "the same vector: " + texts.get(i));
        }
        Set<String> started = threadNames();
        started.removeAll(before);
        assertTrue(started.isEmpty(), "no pool of its own: " + started);
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(t -> t.getName() + "#" + t.getId())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static double dot(float[] x, float[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
        }
        return d;
    }
}
