package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentReport;

/**
 * What the comments hold of a person, for privacy: the owner's copy of their comments and reports, the erasure when an
 * account is deleted, and the retention schedule's purge of what was never published.
 */
@Stateless
@PermitAll
public class AuthorData {

    @PersistenceContext
    EntityManager em;

    /**
     * A resident deleted their account: what their comments hold of them goes. The address mail went to, the ward, the
     * address they wrote from and the name are erased from every comment — the name except from the comments in
     * {@code keepName} (in a record whose hash holds the name: docs/privacy.md); the comment no longer belongs to the
     * account. The texts stay, as the posting policy says. Their reports keep counting, without the network they came
     * from. Returns how many comments were theirs.
     */
    public int eraseAuthor(long accountId, Set<Long> keepName) {
        em.createQuery("update Comment c set c.email = null, c.ward = null, c.clientAddress = null"
                        + " where c.author.id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        var names = em.createQuery("update Comment c set c.displayName = null, c.nameWithheld = true where"
                        + " c.author.id = :a" + (keepName.isEmpty() ? "" : " and c.id not in :keep"))
                .setParameter("a", accountId);
        if (!keepName.isEmpty()) {
            names.setParameter("keep", keepName);
        }
        names.executeUpdate();
        em.createQuery("update CommentReport r set r.network = null where r.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        return em.createQuery("update Comment c set c.author = null where c.author.id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /**
     * The retention schedule: the personal data of a meeting's comments that was never published — the e-mail address,
     * the ward, the network address — is erased, and the network of the reports on them. Names and words stay as the
     * record published them. Returns how many comments held some.
     */
    public int purgeUnpublished(long meetingId) {
        em.createQuery("update CommentReport r set r.network = null where r.comment.meetingId = :m")
                .setParameter("m", meetingId)
                .executeUpdate();
        return em.createQuery(
                        "update Comment c set c.email = null, c.ward = null, c.clientAddress = null"
                                + " where c.meetingId = :m and (c.email is not null or c.ward is not null or c.clientAddress is not null)")
                .setParameter("m", meetingId)
                .executeUpdate();
    }

    /** The ids of an account's comments that are in a finalized record. */
    public List<Long> recordedIdsBy(long accountId) {
        return em.createQuery(
                        "select c.id from Comment c where c.author.id = :a and c.recordedAt is not null", Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** Reports made by an account, newest first (for the owner's copy of their data). */
    public List<CommentReport> reportsBy(long accountId) {
        return em.createQuery(
                        "select r from CommentReport r where r.accountId = :a order by r.reportedAt desc",
                        CommentReport.class)
                .setParameter("a", accountId)
                .setMaxResults(10_000)
                .getResultList();
    }

    /** Every comment an account filed, oldest first (for the owner's copy of their data). */
    public List<Comment> byAuthor(long accountId) {
        return em.createQuery(
                        "select c from Comment c where c.author.id = :a order by c.receivedAt, c.id", Comment.class)
                .setParameter("a", accountId)
                .setMaxResults(10_000)
                .getResultList();
    }
}
