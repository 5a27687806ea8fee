package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentEvent;
import org.podium.comment.entity.CommentStatus;

/**
 * A meeting's comments as the record and the public moderation log read them, in the caller's transaction: every
 * comment with its item, the rejections and redactions that stand, and the mark that a comment is in the record.
 */
@ApplicationScoped
public class MeetingComments {

    @PersistenceContext
    EntityManager em;

    /** Every comment of the meeting with its item, in arrival order, as stored now (not as this context holds it). */
    public List<Comment> of(long meetingId) {
        return em.createQuery(
                        "select c from Comment c join fetch c.item i where i.meeting.id = :m order by c.id",
                        Comment.class)
                .setParameter("m", meetingId)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }

    /**
     * The same under a row lock, for finalizing the record: a clerk's decision in flight lands before, or is refused
     * after.
     */
    public List<Comment> lockedForRecord(long meetingId) {
        return em.createQuery(
                        "select c from Comment c join fetch c.item i where i.meeting.id = :m order by c.id",
                        Comment.class)
                .setParameter("m", meetingId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Marks the meeting's published and record-only comments as in the finalized record. */
    public int markRecorded(long meetingId, Instant at) {
        return em.createQuery("update Comment c set c.recordedAt = :now where c.meetingId = :m and c.status in :s")
                .setParameter("now", at)
                .setParameter("m", meetingId)
                .setParameter("s", List.of(CommentStatus.PUBLISHED, CommentStatus.RECORD_ONLY))
                .executeUpdate();
    }

    /** Each comment of the meeting that is rejected now, with the event of its last rejection, oldest first. */
    public List<CommentEvent> rejections(long meetingId) {
        return em.createQuery(
                        "select e from CommentEvent e join fetch e.comment c join fetch c.item i where i.meeting.id = :m"
                                + " and c.status = :rejected and e.status = :rejected and e.id = (select max(e2.id) from"
                                + " CommentEvent e2 where e2.comment = c and e2.status = :rejected)"
                                + " order by e.occurredAt, e.id",
                        CommentEvent.class)
                .setParameter("m", meetingId)
                .setParameter("rejected", CommentStatus.REJECTED)
                .getResultList();
    }

    /** Each comment of the meeting with redactions now, with the decision that made them last, oldest first. */
    public List<CommentDecision> redactions(long meetingId) {
        return em.createQuery(
                        "select d from CommentDecision d join fetch d.comment c join fetch c.item i where i.meeting.id = :m"
                                + " and c.moderation.redactions is not null and d.decision = :redact and d.id = (select"
                                + " max(d2.id) from CommentDecision d2 where d2.comment = c and d2.decision = :redact)"
                                + " order by d.decidedAt, d.id",
                        CommentDecision.class)
                .setParameter("m", meetingId)
                .setParameter("redact", CommentDecision.Kind.REDACT)
                .getResultList();
    }
}
