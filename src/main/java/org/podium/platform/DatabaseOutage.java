package org.podium.platform;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether a failure means "the database cannot be reached right now" (restarting, failing over, the network between
 * them down) rather than a fault in Podium: then the caller is told to try again shortly (503 + Retry-After), the log
 * gets one line instead of a stack trace, and nothing was stored. The connection pool checks each connection before
 * use, so the first request after the database is back gets a fresh one (docs/operations.md).
 */
public final class DatabaseOutage {

    public static final int RETRY_AFTER_SECONDS = 5;
    private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static volatile long lastSeen = System.nanoTime() - 2 * RECENT_NANOS;

    private DatabaseOutage() {}

    public static boolean causes(Throwable failure) {
        boolean outage = find(failure) != null;
        if (outage) {
            lastSeen = System.nanoTime();
        }
        return outage;
    }

    /**
     * Whether a failure that names no connection problem happened because of one all the same: while the database
     * is away, the persistence provider can fail in ways that do not say so (an entity read half, a relation left
     * empty). True when this instance saw the database unreachable in the last 15 s, or cannot reach it now.
     */
    public static boolean explains(Throwable failure) {
        if (causes(failure)) {
            return true;
        }
        if (System.nanoTime() - lastSeen < RECENT_NANOS) {
            return true;
        }
        if (!reachable()) {
            lastSeen = System.nanoTime();
            return true;
        }
        return false;
    }

    /** A connection from Podium's pool answers within 2 s. */
    static boolean reachable() {
        try {
            DataSource ds = (DataSource) new InitialContext().lookup("java:app/jdbc/podium");
            try (Connection c = ds.getConnection()) {
                return c.isValid(2);
            }
        } catch (NamingException e) {
            return true; // outside the server (a unit test): nothing to say about a database
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The cause that says so, for the log. */
    public static String describe(Throwable failure) {
        Throwable t = find(failure);
        return t == null ? String.valueOf(failure) : t.getClass().getName() + ": " + t.getMessage();
    }

    private static Throwable find(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 40; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return t;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return t; // SQLSTATE class 08: connection exception
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException")
                    || name.endsWith(".PoolingException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || t instanceof ConnectException) {
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
