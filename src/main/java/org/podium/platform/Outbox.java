package org.podium.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's rows, each step in a transaction of its own: claim a batch of due mails, mark them sent, put a failed
 * one back with a later attempt. Only {@link MailSender} calls it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    /** A mail claimed for sending. */
    public record Pending(long id, String to, String subject, String body, int attempts) {}

    @PersistenceContext
    EntityManager em;

    /**
     * How many mails with one of {@code subjects} went to an address ({@code recipient}, or one matching the LIKE
     * pattern {@code tagged}) since {@code since}, counted up to {@code upTo} (the database stops there), in the
     * caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int sentSince(String recipient, String tagged, List<String> subjects, Instant since, int upTo) {
        var q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM mail_outbox WHERE (recipient = ? OR"
                        + " recipient LIKE ?) AND created_at > ? AND subject IN (" + "?, ".repeat(subjects.size() - 1)
                        + "?) LIMIT " + upTo + ") recent")
                .setParameter(1, recipient)
                .setParameter(2, tagged)
                .setParameter(3, utc(since));
        for (int i = 0; i < subjects.size(); i++) {
            q.setParameter(4 + i, subjects.get(i));
        }
        return ((Number) q.getSingleResult()).intValue();
    }

    /** Claims up to {@code batch} due mails for {@code claim}; a claim expires after {@code hold}. */
    public List<Pending> claim(String claim, Instant now, Duration hold, int batch, int maxAttempts) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL"
                        + " AND next_attempt_at <= ?1 AND attempts < ?2 AND (claimed_until IS NULL OR claimed_until < ?1)"
                        + " ORDER BY id LIMIT " + batch)
                .setParameter(1, utc(now))
                .setParameter(2, maxAttempts)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(Number::longValue).toList();
        em.createNativeQuery("UPDATE mail_outbox SET claimed_by = ?1, claimed_until = ?2 WHERE id IN (" + join(ids)
                        + ") AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?3)")
                .setParameter(1, claim)
                .setParameter(2, utc(now.plus(hold)))
                .setParameter(3, utc(now))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, recipient, subject, body, attempts FROM mail_outbox"
                        + " WHERE id IN (" + join(ids) + ") AND claimed_by = ?1 ORDER BY id")
                .setParameter(1, claim)
                .getResultList();
        List<Pending> mine = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            mine.add(new Pending(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], text(r[3]), ((Number) r[4]).intValue()));
        }
        return mine;
    }

    public void sent(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?1, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE id IN (" + join(ids) + ")")
                    .setParameter(1, utc(at))
                    .executeUpdate();
        }
    }

    public void failed(List<Pending> mails, String error, Instant now) {
        for (Pending p : mails) {
            em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?1,"
                            + " last_error = ?2, claimed_by = NULL, claimed_until = NULL WHERE id = ?3")
                    .setParameter(1, utc(now.plus(retryDelay(p.attempts()))))
                    .setParameter(2, error.substring(0, Math.min(300, error.length())))
                    .setParameter(3, p.id())
                    .executeUpdate();
        }
    }

    /** 1, 2, 4 … minutes after the attempts so far, at most an hour. */
    static Duration retryDelay(int attemptsSoFar) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attemptsSoFar, 6)));
    }

    /** A TEXT column: a String on MySQL, a CLOB on the embedded H2 database. */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read a mail body from the outbox", e);
            }
        }
        return (String) value;
    }

    private static String join(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            b.append(b.length() == 0 ? "" : ",").append(id.longValue());
        }
        return b.toString();
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
