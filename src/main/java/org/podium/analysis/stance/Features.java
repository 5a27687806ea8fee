package org.podium.analysis.stance;

import java.util.List;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.WordSet;

/**
 * Text → hashed sparse features (the "hashing trick", so that a model has a fixed size and no vocabulary to keep):
 * word unigrams and bigrams, unigrams marked as negated after "not", "no", "never" … up to the next break, character
 * 3–4-grams, and the cue phrases found. Counts are dampened (1 + ln n) and the vector L2-normalised. A non-zero
 * {@code salt} adds a second copy of every feature hashed with it: the general model uses it to learn, for instance,
 * that "harmful" argues for a motion to ban and against a motion to adopt.
 */
public final class Features {

    private static final WordSet NEGATORS = WordSet.of(
            "not", "no", "never", "cannot", "without", "nor", "neither", "nothing", "none", "nobody", "hardly",
            "against");

    /** Character n-grams of 3 and 4: 5-grams cost a third more time for no gain on the development data. */
    static final int MAX_CHAR_GRAM = 4;

    private final int bits;
    private final int shift;

    public Features(int bits) {
        this.bits = bits;
        this.shift = 32 - bits;
    }

    public int dimensions() {
        return 1 << bits;
    }

    public Sparse of(String text) {
        return of(text, 0);
    }

    public Sparse of(String text, int salt) {
        return of(Prepared.of(text), salt);
    }

    public Sparse of(Prepared text, int salt) {
        return of(text, salt, Cues.find(text.tokens()));
    }

    /** With the text's cue phrases found already. */
    public Sparse of(Prepared text, int salt, List<Cues.Cue> cues) {
        String norm = text.normalized();
        List<String> tokens = text.tokens();
        Counts acc = COUNTS.get();
        acc.reset(2 * (tokens.size() * 3 + norm.length() * 2 + 8));
        boolean negated = false;
        int prev = 0;
        for (String t : tokens) {
            if (t.equals(".")) {
                negated = false;
                prev = 0;
                continue;
            }
            int h = hash(t, 0, t.length(), 0x9747b28c);
            acc.add(h);
            if (prev != 0) {
                acc.add(mix(prev * 31 + h));
            }
            if (negated) {
                acc.add(mix(h ^ 0x5bd1e995));
            }
            if (NEGATORS.contains(t) || t.endsWith("n't")) {
                negated = true;
            }
            prev = h;
        }
        // character 3- and 4-grams, each hashed on from the one before it
        String padded = " " + norm + " ";
        int length = padded.length();
        for (int i = 0; i + 3 <= length; i++) {
            int h = 0x1b873593 ^ 0x811c9dc5;
            for (int j = i; j < i + MAX_CHAR_GRAM && j < length; j++) {
                h ^= padded.charAt(j);
                h *= 16777619;
                if (j - i >= 2) {
                    acc.add(h);
                }
            }
        }
        for (Cues.Cue cue : cues) {
            int h = mix(0x2a5 + cue.ordinal() * 7919);
            acc.add(h);
            acc.add(h);
        }
        return acc.toSparse(shift, salt);
    }

    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);
    private static final float[] DAMPED = new float[64];

    static {
        for (int c = 1; c < DAMPED.length; c++) {
            DAMPED[c] = (float) (1 + Math.log(c));
        }
    }

    /**
     * Feature counts by hash in an open-addressing table reused by the thread (no sorting, no boxing); a slot's hash
     * and count lie side by side, one memory access for both.
     */
    private static final class Counts {
        /** At 2·slot the hash, at 2·slot + 1 its count (0: the slot is free). */
        private int[] table = new int[0];

        private int[] slots = new int[0];
        private int size;
        private int slotShift = 32;

        void reset(int expected) {
            int cap = Integer.highestOneBit(Math.max(64, expected) - 1) << 1;
            if (table.length < 2 * cap) {
                table = new int[2 * cap];
                slots = new int[cap];
            } else {
                for (int i = 0; i < size; i++) {
                    table[2 * slots[i] + 1] = 0;
                }
            }
            size = 0;
            slotShift = Integer.numberOfLeadingZeros(table.length >> 1) + 1;
        }

        void add(int key) {
            int mask = (table.length >> 1) - 1;
            // the top bits of the product (Fibonacci hashing): the character n-grams' hashes are FNV, whose middle
            // bits cluster, and linear probing made that cost a fifth of the features' time
            int i = (key * 0x7FEB352D) >>> slotShift;
            while (true) {
                int count = table[2 * i + 1];
                if (count == 0) {
                    table[2 * i] = key;
                    table[2 * i + 1] = 1;
                    slots[size++] = i;
                    return;
                }
                if (table[2 * i] == key) {
                    table[2 * i + 1] = count + 1;
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        /**
         * The features' indices, the high bits of each hash times the golden ratio (Fibonacci hashing), and with a
         * salt a second copy of each at the index of the hash mixed with the salt; values dampened, L2-normalised.
         */
        Sparse toSparse(int shift, int salt) {
            int copies = salt == 0 ? 1 : 2;
            int[] idx = new int[size * copies];
            float[] val = new float[size * copies];
            double norm = 0;
            for (int s = 0; s < size; s++) {
                int slot = slots[s];
                int h = table[2 * slot];
                int c = table[2 * slot + 1];
                float v = c < DAMPED.length ? DAMPED[c] : (float) (1 + Math.log(c));
                idx[s] = (h * 0x9E3779B1) >>> shift;
                val[s] = v;
                norm += v * v;
                if (salt != 0) {
                    idx[size + s] = ((h ^ salt) * 0x85ebca6b) >>> shift;
                    val[size + s] = v;
                    norm += v * v;
                }
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int s = 0; s < val.length; s++) {
                val[s] *= inv;
            }
            return new Sparse(idx, val);
        }
    }

    static int hash(CharSequence s, int from, int to, int seed) {
        int h = seed ^ 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 16777619;
        }
        return mix(h);
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
