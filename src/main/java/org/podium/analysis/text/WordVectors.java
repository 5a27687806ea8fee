package org.podium.analysis.text;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word vectors: what a word means, learnt from how it is used in a large corpus, so that a model trained on a few
 * hundred labelled comments also knows the words those comments did not use ("levy" near "tax", "unborn" near
 * "abortion"). The shipped set is the 50,000 most frequent words of GloVe 6B, 100 dimensions (Pennington, Socher and
 * Manning 2014; Public Domain Dedication and License), each vector kept as 100 bytes and a scale. A text is read as the
 * mean of its words' vectors. Immutable; reading is thread-safe.
 */
public final class WordVectors {

    static final String RESOURCE = "word-vectors.bin.gz";
    private static final int MAGIC = 0x50575631;
    private static volatile WordVectors shipped;

    private final int dims;
    private final int count;
    /**
     * Word w's vector at w·dims … (w+1)·dims − 1, each number a byte times the vector's scale: 5 MB in all (as floats,
     * 20 MB in every server for about 1 µs less per comment).
     */
    private final byte[] vectors;

    private final float[] scales;
    /**
     * Open addressing on a 64-bit hash of the word: the slot's key (0: empty) and the word's index. The hash alone
     * decides (two of 50,000 words, or a word and another token, share one with a chance of about 10⁻¹⁴), so a look-up
     * reads two arrays and never a string.
     */
    private final long[] keys;

    private final int[] slots;
    private final int shift;

    private WordVectors(int dims, String[] words, float[] scales, byte[] quantised) {
        this.dims = dims;
        this.count = words.length;
        this.vectors = quantised;
        this.scales = scales;
        int size = Integer.highestOneBit(Math.max(16, words.length * 2) - 1) << 1;
        this.keys = new long[size];
        this.slots = new int[size];
        this.shift = Long.numberOfLeadingZeros(size) + 1;
        for (int w = 0; w < words.length; w++) {
            long k = key(words[w]);
            int i = (int) (k >>> shift);
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & (size - 1);
            }
            if (keys[i] == 0) {
                keys[i] = k;
                slots[i] = w;
            }
        }
    }

    /** FNV-1a over the characters, finished with a multiply-xorshift; never 0. */
    private static long key(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 32;
        h *= 0xd6e8feb86659fd93L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    public int dimensions() {
        return dims;
    }

    public int size() {
        return count;
    }

    /** The index of the word, or −1 when it has no vector. */
    public int indexOf(String word) {
        long k = key(word);
        int mask = keys.length - 1;
        int i = (int) (k >>> shift);
        while (true) {
            long at = keys[i];
            if (at == k) {
                return slots[i];
            }
            if (at == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The mean of the vectors of the tokens that have one (a contraction without one: of its words, see
     * {@link #expanded}), scaled to length 1, into {@code out} (all zero when none has); returns how many words had a
     * vector.
     */
    public int mean(List<String> tokens, float[] out) {
        Arrays.fill(out, 0, dims, 0f);
        // each distinct word's vector added once, times its count: a comment repeats its words, and adding a vector
        // is what costs (100 additions)
        Scratch scratch = SCRATCH.get();
        int[] counts = scratch.counts(count);
        int[] seen = scratch.seen(2 * tokens.size()); // a contraction may stand for two words
        int distinct = 0;
        int found = 0;
        for (String t : tokens) {
            int w = indexOf(t);
            if (w >= 0) {
                found++;
                if (counts[w]++ == 0) {
                    seen[distinct++] = w;
                }
            } else if (t.indexOf('\'') > 0) {
                for (String part : expanded(t)) {
                    int x = indexOf(part);
                    if (x >= 0) {
                        found++;
                        if (counts[x]++ == 0) {
                            seen[distinct++] = x;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < distinct; i++) {
            int w = seen[i];
            float c = counts[w] * scales[w];
            counts[w] = 0;
            int base = w * dims;
            for (int d = 0; d < dims; d++) {
                out[d] += c * vectors[base + d];
            }
        }
        double norm = 0;
        for (int d = 0; d < dims; d++) {
            norm += out[d] * out[d];
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dims; d++) {
                out[d] *= inv;
            }
        }
        return found;
    }

    /**
     * A contraction the vectors lack, as the words it stands for: "don't" → do, not; "can't" → can, not; "I'm" → i,
     * am; "Hillary's" → hillary. GloVe splits contractions ("n't", "'s") and the vectors shipped lack those pieces, so
     * without this the negation in "don't", "won't", "isn't" would be lost to the comment's vector.
     */
    static String[] expanded(String token) {
        int a = token.indexOf('\'');
        String head = token.substring(0, a);
        String tail = token.substring(a + 1);
        if (tail.equals("t") && head.endsWith("n") && head.length() > 1) {
            String stem = head.substring(0, head.length() - 1);
            return new String[] {
                switch (stem) {
                    case "ca" -> "can";
                    case "wo" -> "will";
                    case "sha" -> "shall";
                    default -> stem;
                },
                "not"
            };
        }
        return switch (tail) {
            case "m" -> new String[] {head, "am"};
            case "re" -> new String[] {head, "are"};
            case "ve" -> new String[] {head, "have"};
            case "ll" -> new String[] {head, "will"};
            case "d" -> new String[] {head, "would"};
            default -> new String[] {head};
        };
    }

    /** The vector of one word as stored (after quantisation), or null. */
    public float[] vector(String word) {
        int w = indexOf(word);
        if (w < 0) {
            return null;
        }
        float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
            v[d] = scales[w] * vectors[w * dims + d];
        }
        return v;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Per thread: each word's count in the comment being read (all zero between calls) and the words seen. */
    private static final class Scratch {
        private int[] counts = new int[0];
        private int[] seen = new int[64];

        int[] counts(int size) {
            if (counts.length < size) {
                counts = new int[size];
            }
            return counts;
        }

        int[] seen(int size) {
            if (seen.length < size) {
                seen = new int[Math.max(size, seen.length * 2)];
            }
            return seen;
        }
    }

    /** The set built into the jar. */
    public static WordVectors shipped() {
        WordVectors v = shipped;
        if (v == null) {
            synchronized (WordVectors.class) {
                if (shipped == null) {
                    try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the word vectors " + RESOURCE + " are not in this build");
                        }
                        shipped = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                v = shipped;
            }
        }
        return v;
    }

    public static WordVectors read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            if (d.readInt() != MAGIC) {
                throw new IOException("not a word vector file");
            }
            int dims = d.readInt();
            int count = d.readInt();
            String[] words = new String[count];
            float[] scales = new float[count];
            byte[] vectors = new byte[count * dims];
            for (int w = 0; w < count; w++) {
                words[w] = d.readUTF();
                scales[w] = d.readFloat();
                d.readFully(vectors, w * dims, dims);
            }
            return new WordVectors(dims, words, scales, vectors);
        }
    }

    /**
     * Reads vectors in the GloVe text format (a word and its numbers on each line, the most frequent words first),
     * keeps the first {@code limit} words that the tokeniser can produce, and writes them in this class's format: each
     * number as a byte, times the vector's own scale (its largest magnitude / 127).
     */
    public static int convert(BufferedReader glove, int limit, OutputStream out) throws IOException {
        List<String> words = new ArrayList<>();
        List<float[]> vs = new ArrayList<>();
        int dims = -1;
        String line;
        int lineNo = 0;
        while (words.size() < limit && (line = glove.readLine()) != null) {
            lineNo++;
            String[] p = line.strip().split(" ");
            if (dims < 0) {
                dims = p.length - 1;
            }
            if (p.length != dims + 1) {
                throw new IOException("line " + lineNo + ": expected a word and " + dims + " numbers");
            }
            String w = p[0];
            List<String> asTokens = Text.tokens(Text.normalize(w));
            if (asTokens.size() != 1 || !asTokens.get(0).equals(w)) {
                continue; // punctuation, or a form the tokeniser never yields
            }
            float[] v = new float[dims];
            for (int d = 0; d < dims; d++) {
                try {
                    v[d] = Float.parseFloat(p[d + 1]);
                } catch (NumberFormatException e) {
                    throw new IOException("line " + lineNo + ": '" + p[d + 1] + "' is not a number");
                }
            }
            words.add(w);
            vs.add(v);
        }
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            d.writeInt(MAGIC);
            d.writeInt(dims);
            d.writeInt(words.size());
            byte[] q = new byte[dims];
            for (int w = 0; w < words.size(); w++) {
                float[] v = vs.get(w);
                float max = 0;
                for (float x : v) {
                    max = Math.max(max, Math.abs(x));
                }
                float scale = max == 0 ? 1 : max / 127;
                for (int k = 0; k < dims; k++) {
                    q[k] = (byte) Math.round(v[k] / scale);
                }
                d.writeUTF(words.get(w));
                d.writeFloat(scale);
                d.write(q);
            }
        }
        return words.size();
    }
}
