package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * What the public reads of an item's comments: those published (and those published and then taken into the
 * record), a page at a time, and how many there are on each side.
 */
@Stateless
@PermitAll
public class PublishedComments {

    @PersistenceContext
    EntityManager em;

    public record Page(List<Comment> items, int page, int size, long total) {}

    /** What the public lists: published now, or published and then taken into the record. */
    static final List<CommentStatus> PUBLIC_STATUSES = List.of(CommentStatus.PUBLISHED, CommentStatus.IN_RECORD);

    /** Published comments of an item, newest first, optionally of one position. */
    public Page published(long itemId, Position position, int page, int size) {
        item(itemId);
        if (page < 0 || page > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (size < 1 || size > 100) {
            throw PodiumException.invalid("size", "paging.size", 100);
        }
        String where = " where c.item.id = :item and c.status in :statuses and c.moderation.hiddenAt is null"
                + (position == null ? "" : " and c.position = :position");
        var list = em.createQuery("select c from Comment c" + where + " order by c.id desc", Comment.class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES);
        var count = em.createQuery("select count(c) from Comment c" + where, Long.class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES);
        if (position != null) {
            list.setParameter("position", position);
            count.setParameter("position", position);
        }
        return new Page(
                list.setFirstResult(page * size).setMaxResults(size).getResultList(),
                page,
                size,
                count.getSingleResult());
    }

    /** Published comments of an item counted by position (every position present, zero included). */
    public Map<Position, Long> publishedCounts(long itemId) {
        item(itemId);
        Map<Position, Long> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            counts.put(p, 0L);
        }
        em.createQuery(
                        "select c.position, count(c) from Comment c where c.item.id = :item and c.status in :statuses"
                                + " and c.moderation.hiddenAt is null and c.position is not null group by c.position",
                        Object[].class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES)
                .getResultList()
                .forEach(row -> counts.put((Position) row[0], (Long) row[1]));
        return counts;
    }

    /** A published meeting's item, or 404: what the public may read of and comment on. */
    public AgendaItem item(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().isPublished()) {
            throw PodiumException.notFound("item.notFound");
        }
        return item;
    }
}
