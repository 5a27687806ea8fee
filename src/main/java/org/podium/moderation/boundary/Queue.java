package org.podium.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.account.entity.Role;
import org.podium.comment.control.PreScreen;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * The moderation queue: comments of every channel, across meetings and items, that wait for a clerk (or any other
 * status), filtered and paged; oldest first by default so that nothing waits forever.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class Queue {

    /** The flags a clerk can narrow the queue to (besides the pre-screen's own codes). */
    public static final List<String> FLAGS = List.of(
            "flagged",
            "personal-data",
            "obscenity",
            "threat",
            "link",
            "disposable-email",
            "burst",
            "disowned",
            "late",
            "reported",
            "hidden",
            "appeal",
            "needs-review",
            "mismatch");

    /** What the clerk narrows the queue to; every field optional. */
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

    /**
     * A page of the queue. {@code total} is exact up to {@link #COUNT_CAP}; above it {@code more} is true and
     * {@code total} is the cap (counting every one of 100,000 waiting comments at each page view costs more than it
     * tells a clerk). {@code hasNext}: a later page exists.
     */
    public record Page(List<Comment> items, int page, int size, long total, boolean more, boolean hasNext) {}

    public static final int COUNT_CAP = 1000;

    public static final int MAX_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    public Page list(Filter f, int page, int size) {
        if (page < 0 || page > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw PodiumException.invalid("size", "paging.size", MAX_SIZE);
        }
        // without a status: everything waiting for a clerk, reported (hidden) comments first, then appeals
        StringBuilder where = new StringBuilder(
                f.status() == null ? " where c.moderation.queuePlace is not null" : " where c.status = :status");
        Map<String, Object> params = new HashMap<>();
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
                    if (PreScreen.Flag.of(f.flag()).isEmpty()) {
                        throw PodiumException.invalid("flag", "queue.flag.unknown");
                    }
                    where.append(" and c.moderation.flags like :flagLike");
                    params.put("flagLike", "%" + f.flag() + "%");
                }
            }
        }
        String direction = f.newestFirst() ? " desc" : " asc";
        TypedQuery<Comment> list = em.createQuery(
                "select c from Comment c" + where + " order by "
                        + (f.status() == null ? "c.moderation.queuePlace asc, " : "") + "c.receivedAt" + direction
                        + ", c.id"
                        + direction,
                Comment.class);
        TypedQuery<Long> count = em.createQuery("select c.id from Comment c" + where, Long.class);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Comment> items = new ArrayList<>(
                list.setFirstResult(page * size).setMaxResults(size + 1).getResultList());
        boolean hasNext = items.size() > size;
        if (hasNext) {
            items.remove(size);
        }
        int counted = count.setMaxResults(COUNT_CAP + 1).getResultList().size();
        return new Page(items, page, size, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, hasNext);
    }
}
