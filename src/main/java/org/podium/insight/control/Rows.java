package org.podium.insight.control;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.podium.platform.Sql;

/** What insight's native queries share: binding a list of values, and reading the drivers' values. */
final class Rows {

    private Rows() {}

    /** Binds {@code values} from position {@code first} on; returns the next free position. */
    static int bind(Query q, int first, List<?> values) {
        return Sql.bind(q, first, values);
    }

    /** Binds {@code values} from position {@code first} on; returns the next free position. */
    static int bind(Query q, int first, long[] values) {
        int p = first;
        for (long v : values) {
            q.setParameter(p++, v);
        }
        return p;
    }

    static long id(Object v) {
        return ((Number) v).longValue();
    }

    static Long idOrNull(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    /** A boolean column as MariaDB (a number) and H2 (a boolean) hand it back. */
    public static boolean bool(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    /** A timestamp column as the drivers hand it back, or null. */
    static Instant instant(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return v instanceof OffsetDateTime o ? o.toInstant() : null;
    }
}
