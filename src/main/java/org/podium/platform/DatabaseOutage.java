package org.podium.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means "the database cannot be reached right now" (restarting, failing over, the network between
 * them down) rather than a fault in Podium: then the caller is told to try again shortly (503 + Retry-After), the log
 * gets one line instead of a stack trace, and nothing was stored. The connection pool checks each connection before
 * use, so the first request after the database is back gets a fresh one (docs/operations.md).
 */
public final class DatabaseOutage {

    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        return find(failure) != null;
    }

    /** The cause that says so, for the log. */
    public static String describe(Throwable failure) {
        Throwable t = find(failure);
        return t == null ? String.valueOf(failure) : t.getClass().getName() + ": " + t.getMessage();
    }

    private static Throwable find(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 40; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return t; // SQLSTATE class 08: connection exception
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith(".PoolingException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || t instanceof java.net.ConnectException) {
                return t;
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
