package org.podium.analysis.stance;

/** A sparse feature vector: hashed indices (each once, in no particular order) and their values (L2-normalised). */
public record Sparse(int[] index, float[] value) {

    public int size() {
        return index.length;
    }
}
