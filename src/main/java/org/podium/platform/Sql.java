package org.podium.platform;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;

/**
 * What native queries share: the placeholders of an IN list or of a multi-row VALUES, built from a count, and the
 * binding of a list's values to them.
 */
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

    /** Binds {@code values} to the positions from {@code first} on; returns the next free position. */
    public static int bind(Query q, int first, Collection<?> values) {
        int p = first;
        for (Object v : values) {
            q.setParameter(p++, v);
        }
        return p;
    }
}
