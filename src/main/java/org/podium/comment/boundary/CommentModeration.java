package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentReport;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.boundary.Settings;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.Identities;
import org.podium.platform.PodiumException;

/**
 * What moderation asks of a comment: the comment locked for a clerk's decision, the residents' reports that hide it
 * until a clerk has read it, the trail of decisions, and the public wording of a reason.
 */
@Stateless
@PermitAll
public class CommentModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authors authors;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    PostingPolicy policy;

    /**
     * The comment, read afresh under a row lock held to the end of the caller's transaction: clerks acting on one
     * comment at once are taken one after the other, each seeing what the one before decided (so a stale version is
     * always noticed). 404 for an unknown tracking number.
     */
    public Comment locked(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber)
                .flatMap(t -> em.createQuery("select c from Comment c where c.trackingNumber = :t", Comment.class)
                        .setParameter("t", t)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("eclipselink.refresh", "true")
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> PodiumException.notFound("comment.notFound"));
    }

    /**
     * A resident reports a published comment with a reason of the posting policy. A person's report counts once:
     * not again from the same account, nor from the same network (an IPv6 client's /64; a second account or no
     * account from there is the same person as far as Podium can tell). Every report reaches the clerks; only those
     * of accounts with a confirmed e-mail address hide the comment, at the council's threshold, before a clerk has
     * read it — so that nobody can hide another's comment with made-up identities. Returns true when the report was
     * counted (false: this person had reported it already).
     */
    public boolean report(String trackingNumber, String reason, String clientAddress) {
        Comment c = locked(trackingNumber);
        if (!c.isPublic()) {
            throw PodiumException.notFound("comment.notFound");
        }
        if (reason == null || reason.isBlank()) {
            throw PodiumException.invalid(
                    "reason", "comment.report.reason.required"); // public wording, not the clerk's
        }
        ModerationReason why = policy.activeReason(reason);
        Optional<Account> me = authors.currentAccount();
        String network = Identities.network(clientAddress == null ? "unknown" : clientAddress);
        String reporter = me.map(a -> "account:" + a.getId()).orElse("network:" + network);
        long already = em.createQuery(
                        "select count(r) from CommentReport r where r.comment = :c and (r.reporter = :r"
                                + " or r.network = :n)",
                        Long.class)
                .setParameter("c", c)
                .setParameter("r", reporter)
                .setParameter("n", network)
                .getSingleResult();
        if (already > 0) {
            return false;
        }
        Instant now = Instant.now();
        em.persist(new CommentReport(
                c,
                reporter,
                why.getCode(),
                now,
                me.map(Account::getId).orElse(null),
                network,
                me.map(Account::isEmailVerified).orElse(false)));
        em.flush();
        long counting = em.createQuery(
                        "select count(r) from CommentReport r where r.comment = :c and r.verified = true", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        if (c.reported(settings.current().getReportThreshold(), counting, now)) {
            audit.record(
                    "comment.hidden",
                    "comment",
                    c.getId(),
                    c.getTrackingNumber() + " after " + c.getModeration().getReportCount() + " reports");
        }
        em.flush();
        return true;
    }

    /** Every moderation decision in a period, oldest first (moderation's trail export reads it). */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
    public List<CommentDecision> decisions(Instant from, Instant to, int max) {
        return em.createQuery(
                        "select d from CommentDecision d join fetch d.comment c where d.decidedAt >= :from"
                                + " and d.decidedAt < :to order by d.decidedAt, d.id",
                        CommentDecision.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    /** The public wording of a reason in the history (a policy code), or the note as it was written. */
    public String reasonText(String note, Locale lang) {
        if (note == null) {
            return null;
        }
        return policy.byCode(note).map(r -> r.publicText(lang)).orElse(note);
    }
}
