package org.podium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sliding-window limits counted in the database (table {@code rate_event}), so that every instance of a cluster
 * counts the same events: the login throttle, the comment velocity limits, the account forms' limits per network.
 * An event is recorded in the caller's transaction (a comment's with the comment: no commit of its own), or in one of
 * its own where there is none (a failed login). A CDI bean with CDI transactions rather than an enterprise bean: a
 * comment checks and records two limits, and four passes through the EJB container were an eighth of a submission's
 * CPU under a crowd.
 */
@ApplicationScoped
public class SharedLimits {

    /** Events older than this are removed as new ones are recorded (every window here is shorter). */
    static final Duration KEEP = Duration.ofDays(2);
    /**
     * A limit above this is no limit: neither counted nor recorded (a benchmark's or a test's setting, where every
     * client shares one address; counting to a million per comment would be the benchmark's whole cost).
     */
    public static final int UNLIMITED_ABOVE = 10_000;

    @PersistenceContext
    EntityManager em;

    /** Seconds until {@code subject} may act again under at most {@code max} events of {@code kind} per window. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waitSeconds(String kind, String subject, int max, Duration window) {
        if (max > UNLIMITED_ABOVE) {
            return 0;
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery("SELECT at FROM rate_event WHERE kind = ? AND subject = ? AND at > ?"
                        + " ORDER BY at LIMIT " + Math.max(1, max))
                .setParameter(1, kind)
                .setParameter(2, key(subject))
                .setParameter(3, utc(now.minus(window)))
                .getResultList();
        if (times.size() < max) {
            return 0;
        }
        Instant oldest = instant(times.get(0));
        return Math.max(1, Duration.between(now, oldest.plus(window)).toSeconds() + 1);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String kind, String subject) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO rate_event (kind, subject, at) VALUES (?, ?, ?)")
                .setParameter(1, kind)
                .setParameter(2, key(subject))
                .setParameter(3, utc(now))
                .executeUpdate();
        if (ThreadLocalRandom.current().nextInt(500) == 0) {
            em.createNativeQuery("DELETE FROM rate_event WHERE at < ? LIMIT 5000")
                    .setParameter(1, utc(now.minus(KEEP)))
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void clear(String kind, String subject) {
        em.createNativeQuery("DELETE FROM rate_event WHERE kind = ? AND subject = ?")
                .setParameter(1, kind)
                .setParameter(2, key(subject))
                .executeUpdate();
    }

    /** A window of this kind, counted here; {@code limits} is the bean (its proxy, for the transactions). */
    public static RateWindow window(SharedLimits limits, String kind, int max, Duration window) {
        return new RateWindow() {
            @Override
            public long waitSeconds(String subject) {
                return limits.waitSeconds(kind, subject, max, window);
            }

            @Override
            public void record(String subject) {
                if (max <= UNLIMITED_ABOVE) {
                    limits.record(kind, subject);
                }
            }

            @Override
            public void clear(String subject) {
                limits.clear(kind, subject);
            }
        };
    }

    /** A subject as stored: an address, a network, a mailbox (at most 254 characters; longer is cut). */
    static String key(String subject) {
        String s = String.valueOf(subject);
        return s.length() <= 255 ? s : s.substring(0, 255);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return Instant.parse(String.valueOf(value));
    }
}
