package org.podium.analysis.stance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.podium.analysis.text.Prepared;

/**
 * Text → hashed sparse features (the "hashing trick", so that a model has a fixed size and no vocabulary to keep):
 * word unigrams and bigrams, unigrams marked as negated after "not", "no", "never" … up to the next break, character
 * 3–4-grams, and the cue phrases found. Counts are dampened (1 + ln n) and the vector L2-normalised. A non-zero
 * {@code salt} adds a second copy of every feature hashed with it: the general model uses it to learn, for instance,
 * that "harmful" argues for a motion to ban and against a motion to adopt.
 */
public final class Features {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "cannot", "without", "nor", "neither",
            "nothing", "none", "nobody", "hardly", "against");

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
        acc.reset(2 * (tokens.size() * 3 + norm.length() * 3 + 8) * (salt == 0 ? 1 : 2));
        boolean negated = false;
        int prev = 0;
        for (String t : tokens) {
            if (t.equals(".")) {
                negated = false;
                prev = 0;
                continue;
            }
            int h = hash(t, 0, t.length(), 0x9747b28c);
            add(acc, h, salt);
            if (prev != 0) {
                add(acc, mix(prev * 31 + h), salt);
            }
            if (negated) {
                add(acc, mix(h ^ 0x5bd1e995), salt);
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
                    add(acc, h, salt);
                }
            }
        }
        for (Cues.Cue cue : cues) {
            int h = mix(0x2a5 + cue.ordinal() * 7919);
            add(acc, h, salt);
            add(acc, h, salt);
        }
        return acc.toSparse();
    }

    /** A feature's index: the high bits of its hash times the golden ratio (Fibonacci hashing). */
    private void add(Counts acc, int h, int salt) {
        acc.add((h * 0x9E3779B1) >>> shift);
        if (salt != 0) {
            acc.add(((h ^ salt) * 0x85ebca6b) >>> shift);
        }
    }

    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);
    private static final float[] DAMPED = new float[64];

    static {
        for (int c = 1; c < DAMPED.length; c++) {
            DAMPED[c] = (float) (1 + Math.log(c));
        }
    }

    /** Feature counts in an open-addressing table reused by the thread (no sorting, no boxing). */
    private static final class Counts {
        private int[] keys = new int[0];
        private int[] counts = new int[0];
        private int[] slots = new int[0];
        private int size;

        void reset(int expected) {
            int cap = Integer.highestOneBit(Math.max(64, expected) - 1) << 1;
            if (keys.length < cap) {
                keys = new int[cap];
                counts = new int[cap];
                slots = new int[cap];
                Arrays.fill(keys, -1);
            } else {
                for (int i = 0; i < size; i++) {
                    keys[slots[i]] = -1;
                }
            }
            size = 0;
        }

        void add(int key) {
            int mask = keys.length - 1;
            int i = (key * 0x2545F491) & mask;
            while (true) {
                int k = keys[i];
                if (k == key) {
                    counts[i]++;
                    return;
                }
                if (k == -1) {
                    keys[i] = key;
                    counts[i] = 1;
                    slots[size++] = i;
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        Sparse toSparse() {
            int[] idx = new int[size];
            float[] val = new float[size];
            double norm = 0;
            for (int s = 0; s < size; s++) {
                int slot = slots[s];
                idx[s] = keys[slot];
                int c = counts[slot];
                val[s] = c < DAMPED.length ? DAMPED[c] : (float) (1 + Math.log(c));
                norm += val[s] * val[s];
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int s = 0; s < size; s++) {
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
