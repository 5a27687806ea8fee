package org.podium.analysis.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of words asked about every word of every comment ("is it a stop word?", "a negation?"). Most words are
 * not in it: a bit table over the word's hash code (which a String computes once and keeps) answers those without a
 * lookup; the rest are looked up.
 */
public final class WordSet {

    private final Set<String> words;
    private final long[] bits;
    private final int mask;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(new HashSet<>(words));
        int size = Integer.highestOneBit(Math.max(64, this.words.size() * 32) - 1) << 1;
        this.bits = new long[size >>> 6];
        this.mask = size - 1;
        for (String w : this.words) {
            int b = slot(w.hashCode());
            bits[b >>> 6] |= 1L << b;
        }
    }

    public static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    private int slot(int h) {
        return (h ^ (h >>> 15)) & mask;
    }

    public boolean contains(String w) {
        int b = slot(w.hashCode());
        return (bits[b >>> 6] & (1L << b)) != 0 && words.contains(w);
    }

    public Set<String> words() {
        return words;
    }
}
