package org.podium.analysis.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.podium.analysis.text.Prepared;

/**
 * Form-letter campaigns, found as comments arrive: a comment joins the campaign of an earlier one when their texts are
 * the same after normalisation (case, punctuation, spacing), or near-duplicates — the Jaccard similarity of their sets
 * of 5-word shingles (within sentences) at least the threshold (0.8 by default), estimated by MinHash (128 values) and found through
 * locality-sensitive hashing (20 bands of 5), so that a comment is compared with a few candidates, never with all.
 * A campaign is known by its first comment (its representative); only representatives are indexed, which bounds the
 * memory by the number of distinct letters, about 1 KB each, not by the number of comments.
 * Not thread-safe: one index per item, fed in arrival order.
 */
public final class CampaignIndex {

    public static final double DEFAULT_THRESHOLD = 0.8;
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 20;
    static final int ROWS = 5;

    /**
     * The 128 hash functions, x → A·x + B on 32 bits (A odd: each is a permutation of the shingles' hashes). On 32 bits
     * the loop over them runs 8 at a time on the vector unit, where 64-bit multiplications ran one at a time.
     */
    private static final int[] A = new int[HASHES];

    private static final int[] B = new int[HASHES];

    static {
        SplittableRandom r = new SplittableRandom(0x5eed);
        for (int k = 0; k < HASHES; k++) {
            A[k] = r.nextInt() | 1;
            B[k] = r.nextInt();
        }
    }

    private final double threshold;
    private final LongIntMap exact = new LongIntMap(1024);
    private final LongIntMap bands = new LongIntMap(1024);
    /** Representative r's signature: 16 bits of each MinHash value, at r * HASHES. */
    private short[] signatures = new short[HASHES * 64];
    /** The next representative in the same band bucket, at r * BANDS + band; −1 ends the chain. */
    private int[] next = new int[BANDS * 64];
    /** Per representative: its campaign (the number {@link #add} returned for its first comment). */
    private int[] campaignOf = new int[64];

    private int representatives;
    private int comments;

    public CampaignIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        this.threshold = threshold;
    }

    /**
     * Adds the next comment; returns its campaign: the sequence number (0, 1, 2 …, in the order added) of the first
     * comment of its campaign, its own number when it starts one.
     */
    public int add(String text) {
        return add(Prepared.of(text));
    }

    public int add(Prepared text) {
        int number = comments++;
        Fingerprint f = fingerprint(text);
        int same = exact.get(f.textHash());
        if (same >= 0) {
            return same;
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int b = 0; b < BANDS; b++) {
            for (int rep = bands.get(f.bandKeys()[b]); rep >= 0; rep = next[rep * BANDS + b]) {
                double s = similarity(f.signature(), rep);
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = rep;
                }
            }
        }
        int campaign;
        if (best >= 0 && bestSimilarity >= threshold) {
            campaign = campaignOf[best];
        } else {
            campaign = number;
            index(f.signature(), f.bandKeys(), campaign);
        }
        exact.put(f.textHash(), campaign);
        return campaign;
    }

    /**
     * What the index keeps of a text, for an index kept elsewhere (Podium keeps it in the database, so that every
     * instance of a cluster sees the same campaigns): the hash of its normalised words, 16 bits of each MinHash value,
     * and its LSH band keys.
     */
    public record Fingerprint(long textHash, short[] signature, long[] bandKeys) {

        public byte[] signatureBytes() {
            byte[] b = new byte[signature.length * 2];
            for (int k = 0; k < signature.length; k++) {
                b[2 * k] = (byte) (signature[k] >> 8);
                b[2 * k + 1] = (byte) signature[k];
            }
            return b;
        }

        public static short[] signature(byte[] bytes) {
            short[] s = new short[bytes.length / 2];
            for (int k = 0; k < s.length; k++) {
                s[k] = (short) ((bytes[2 * k] << 8) | (bytes[2 * k + 1] & 0xff));
            }
            return s;
        }
    }

    public static Fingerprint fingerprint(Prepared text) {
        List<String> tokens = text.tokens();
        int[] min = signature(tokens);
        short[] sig = new short[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = (short) (min[k] >>> 16);
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                key = (key ^ min[b * ROWS + r]) * 0xff51afd7ed558ccdL;
                key ^= key >>> 29;
            }
            keys[b] = key;
        }
        return new Fingerprint(hashWords(tokens), sig, keys);
    }

    /** The estimated Jaccard similarity of two signatures (the share of MinHash values they have in common). */
    public static double similarity(short[] a, short[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** How many comments were added. */
    public int size() {
        return comments;
    }

    private void index(short[] sig, long[] keys, int campaign) {
        int rep = representatives++;
        if (rep == campaignOf.length) {
            campaignOf = Arrays.copyOf(campaignOf, rep * 2);
            signatures = Arrays.copyOf(signatures, rep * 2 * HASHES);
            next = Arrays.copyOf(next, rep * 2 * BANDS);
        }
        campaignOf[rep] = campaign;
        System.arraycopy(sig, 0, signatures, rep * HASHES, HASHES);
        for (int b = 0; b < BANDS; b++) {
            next[rep * BANDS + b] = bands.put(keys[b], rep);
        }
    }

    private double similarity(short[] sig, int rep) {
        int base = rep * HASHES;
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (signatures[base + k] == sig[k]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * MinHash of the 5-word shingles of each sentence (a shingle never spans a break, so that reordered sentences
     * keep their shingles; a sentence shorter than a shingle is one shingle).
     */
    static int[] signature(List<String> tokens) {
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        long[] wordHash = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            wordHash[i] = hash(tokens.get(i));
        }
        int start = 0;
        boolean any = false;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !tokens.get(i).equals(".")) {
                continue;
            }
            int len = i - start;
            if (len > 0) {
                for (int s = start; s == start || s + SHINGLE <= i; s++) {
                    shingle(wordHash, s, Math.min(i, s + SHINGLE), min);
                    any = true;
                }
            }
            start = i + 1;
        }
        if (!any) {
            shingle(wordHash, 0, 0, min);
        }
        return min;
    }

    private static void shingle(long[] wordHash, int from, int to, int[] min) {
        long h = 0x27bb2ee687b0b0fdL;
        for (int i = from; i < to; i++) {
            h = (h ^ wordHash[i]) * 0x100000001b3L;
            h = Long.rotateLeft(h, 23);
        }
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        int x = (int) (h ^ (h >>> 32));
        for (int k = 0; k < HASHES; k++) {
            min[k] = Math.min(min[k], A[k] * x + B[k]);
        }
    }

    /** The hash of the words in order, breaks left out (so that punctuation alone never makes a copy different). */
    private static long hashWords(List<String> tokens) {
        long h = 0x84222325cbf29ce4L;
        for (String t : tokens) {
            if (!t.equals(".")) {
                h = (h ^ hash(t)) * 0x100000001b3L;
            }
        }
        return h;
    }

    private static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 31);
    }
}
