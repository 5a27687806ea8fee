package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;

/**
 * Comments of every channel, across meetings and items, narrowed as a clerk narrows them (the moderation queue):
 * without a status, those that wait for a clerk in the order they should be taken (reported first, then appeals),
 * else those of the status by arrival.
 */
@ApplicationScoped
public class CommentSearch {

    /**
     * What to narrow to; every field optional. {@code flag}: one of the states below or a pre-screen flag's code
     * (disowned, late, reported, hidden, appeal, needs-review, mismatch, flagged).
     */
    public record Filter(
            Long meetingId,
            Long itemId,
            Position position,
            Channel channel,
            Boolean verified,
            String flag,
            CommentStatus status,
            boolean newestFirst,
            Long campaignId) {}

    @PersistenceContext
    EntityManager em;

    /** The comments from {@code first}, at most {@code max}. */
    public List<Comment> find(Filter f, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        String direction = f.newestFirst() ? " desc" : " asc";
        TypedQuery<Comment> q = em.createQuery(
                "select c from Comment c" + where + " order by "
                        + (f.status() == null ? "c.moderation.queuePlace asc, " : "") + "c.receivedAt" + direction
                        + ", c.id" + direction,
                Comment.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many comments match, counted up to {@code cap} + 1 (whether there are more than the cap is enough). */
    public int count(Filter f, int cap) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select c.id from Comment c" + where(f, params), Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(cap + 1).getResultList().size();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(
                f.status() == null ? " where c.moderation.queuePlace is not null" : " where c.status = :status");
        if (f.status() != null) {
            params.put("status", f.status());
        }
        if (f.meetingId() != null) {
            where.append(" and c.meetingId = :meeting");
            params.put("meeting", f.meetingId());
        }
        if (f.itemId() != null) {
            where.append(" and c.item.id = :item");
            params.put("item", f.itemId());
        }
        if (f.campaignId() != null) {
            where.append(" and c.campaignId = :campaign");
            params.put("campaign", f.campaignId());
        }
        if (f.position() != null) {
            where.append(" and c.position = :position");
            params.put("position", f.position());
        }
        if (f.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.verified() != null) {
            // unverified: a resident's own comment (web form or API) whose address was never confirmed
            where.append(
                    f.verified()
                            ? " and (c.emailVerifiedAt is not null or c.channel not in :resident)"
                            : " and c.emailVerifiedAt is null and c.channel in :resident");
            params.put("resident", List.of(Channel.WEB, Channel.API));
        }
        if (f.flag() != null) {
            switch (f.flag()) {
                case "disowned" -> where.append(" and c.disownedAt is not null");
                case "late" -> where.append(" and c.late = true");
                case "reported" -> where.append(" and c.moderation.reportCount > 0");
                case "hidden" -> where.append(" and c.moderation.hiddenAt is not null");
                case "appeal" -> where.append(" and c.appeal.at is not null");
                case "needs-review" -> where.append(" and c.reading.review = true");
                case "mismatch" -> where.append(" and c.reading.mismatch = true");
                case "flagged" -> where.append(" and c.moderation.flags is not null");
                default -> {
                    where.append(" and c.moderation.flags like :flagLike");
                    params.put("flagLike", "%" + f.flag() + "%");
                }
            }
        }
        return where.toString();
    }
}
