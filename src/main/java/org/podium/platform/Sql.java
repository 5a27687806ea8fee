package org.podium.platform;

import java.util.Collections;

/** What native queries share: the placeholders of an IN list or of a multi-row VALUES, built from a count. */
public final class Sql {

    private Sql() {}

    /** {@code ?, ?, ?} for {@code n} values. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** {@code (?, ?), (?, ?)} for {@code rows} rows of {@code width} values. */
    public static String values(int rows, int width) {
        return String.join(", ", Collections.nCopies(rows, "(" + placeholders(width) + ")"));
    }
}
