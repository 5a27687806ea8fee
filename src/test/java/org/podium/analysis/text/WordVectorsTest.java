package org.podium.analysis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word vectors shipped for the stance models, and the conversion they were made with. */
class WordVectorsTest {

    private static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void theShippedVectorsPlaceWordsOfACouncilsDebatesNearTheirNeighbours() {
        WordVectors v = WordVectors.shipped();
        assertEquals(50_000, v.size());
        assertEquals(100, v.dimensions());
        // a word the item's labelled comments never used still lands near the ones they did
        assertTrue(cosine(v.vector("tax"), v.vector("levy")) > cosine(v.vector("tax"), v.vector("banana")) + 0.2);
        assertTrue(cosine(v.vector("abortion"), v.vector("unborn"))
                > cosine(v.vector("abortion"), v.vector("stadium")) + 0.2);
        assertTrue(
                cosine(v.vector("oppose"), v.vector("reject")) > cosine(v.vector("oppose"), v.vector("weather")) + 0.2);
        assertNull(v.vector("qqzzxxq"));
        assertEquals(-1, v.indexOf("Tax"), "words are kept as the tokeniser yields them: lower case");
    }

    private static WordVectors convert(String glove, int limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WordVectors.convert(new BufferedReader(new StringReader(glove)), limit, bytes);
        return WordVectors.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void conversionKeepsTheWordsTheTokeniserYieldsAndEachNumberToWithinHalfAStep() throws Exception {
        String glove = "the 0.5 -0.25 1.0\n"
                + ", 0.1 0.2 0.3\n" // punctuation: never a token
                + "The 0.9 0.9 0.9\n" // never yielded: the tokeniser lowers case
                + "don't 0.3 0.3 0.3\n"
                + "levy -2.0 0.001 0.75\n"
                + "park 1 1 1\n";
        WordVectors v = convert(glove, 3);
        assertEquals(3, v.size(), "the limit counts kept words");
        assertEquals(3, v.dimensions());
        assertEquals(-1, v.indexOf(","));
        assertEquals(-1, v.indexOf("park"), "past the limit");
        float[] levy = v.vector("levy");
        float[] want = {-2.0f, 0.001f, 0.75f};
        for (int d = 0; d < 3; d++) {
            assertEquals(want[d], levy[d], 2.0 / 127 / 2 + 1e-6, "dimension " + d);
        }
        assertArrayEquals(new float[] {0.5f, -0.25f, 1.0f}, v.vector("the"), 1.0f / 127);
        assertTrue(v.indexOf("don't") >= 0);
    }

    @Test
    void aTextIsTheMeanOfItsWordsCountedAsOftenAsTheyOccurUnitLength() throws Exception {
        WordVectors v = convert("a 1 0\nb 0 1\n", 10);
        float[] out = new float[2];
        assertEquals(3, v.mean(List.of("a", "unknown", "a", ".", "b"), out));
        assertEquals(2 / Math.sqrt(5), out[0], 1e-5);
        assertEquals(1 / Math.sqrt(5), out[1], 1e-5);
        // the next text starts from nothing (the counts of the last one are cleared)
        assertEquals(1, v.mean(List.of("b"), out));
        assertArrayEquals(new float[] {0, 1}, out, 1e-6f);
        assertEquals(0, v.mean(List.of("nothing", "known"), out));
        assertArrayEquals(new float[] {0, 0}, out);
    }

    @Test
    void aContractionWithoutAVectorIsReadAsTheWordsItStandsFor() throws Exception {
        WordVectors v = convert("do 1 0 0\nnot 0 1 0\ncan 0 0 1\nhillary 1 1 0\nwe 0 0 2\nare 2 0 0\n", 10);
        float[] contracted = new float[3];
        float[] spelled = new float[3];
        // the negation is kept: "don't" counts as "do" and "not", "can't" and "won't" by their stems
        assertEquals(2, v.mean(List.of("don't"), contracted));
        v.mean(List.of("do", "not"), spelled);
        assertArrayEquals(spelled, contracted, 1e-6f);
        assertEquals(4, v.mean(List.of("can't", "don't"), contracted));
        v.mean(List.of("can", "not", "do", "not"), spelled);
        assertArrayEquals(spelled, contracted, 1e-6f);
        assertEquals(2, v.mean(List.of("we're"), contracted));
        v.mean(List.of("we", "are"), spelled);
        assertArrayEquals(spelled, contracted, 1e-6f);
        // a possessive is its noun
        assertEquals(1, v.mean(List.of("hillary's"), contracted));
        v.mean(List.of("hillary"), spelled);
        assertArrayEquals(spelled, contracted, 1e-6f);
        assertArrayEquals(new String[] {"will", "not"}, WordVectors.expanded("won't"));
        assertArrayEquals(new String[] {"i", "am"}, WordVectors.expanded("i'm"));
        assertArrayEquals(new String[] {"they", "have"}, WordVectors.expanded("they've"));
    }

    @Test
    void aTextOfContractionsMayHaveMoreDistinctWordsThanTokens() throws Exception {
        StringBuilder file = new StringBuilder("will 1 1\n");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            file.append('w')
                    .append(i)
                    .append(' ')
                    .append(i % 2)
                    .append(' ')
                    .append(1 - i % 2)
                    .append('\n');
            tokens.add("w" + i + "'ll");
        }
        WordVectors v = convert(file.toString(), 300);
        float[] out = new float[2];
        int[] found = new int[1];
        // in a thread of its own: its scratch space starts at its smallest
        Thread t = new Thread(() -> found[0] = v.mean(tokens, out));
        t.start();
        t.join();
        assertEquals(400, found[0]); // 201 distinct words from 200 tokens
        assertEquals(out[0], out[1], 1e-6f);
    }

    @Test
    void aContractionWithAVectorOfItsOwnKeepsIt() throws Exception {
        WordVectors v = convert("don't 1 0\ndo 0 1\nnot 0 1\n", 10);
        float[] out = new float[2];
        assertEquals(1, v.mean(List.of("don't"), out));
        assertArrayEquals(new float[] {1, 0}, out, 1e-6f);
    }

    @Test
    void aBadVectorFileNamesItsLine() {
        IOException e = assertThrows(IOException.class, () -> convert("a 1 0\nb 0\n", 10));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
        e = assertThrows(IOException.class, () -> convert("a 1 0\nb 0 x\n", 10));
        assertTrue(e.getMessage().contains("'x' is not a number"), e.getMessage());
        assertThrows(IOException.class, () -> WordVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }
}
