package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;

/**
 * An item's comments counted for its summary, each count one grouped query answered from an index (V19): by status,
 * declared position, stance and channel; by ward; by campaign; by topics and position; by hour of arrival. Positions,
 * stances, statuses and channels are their names (null where a comment has none).
 */
@ApplicationScoped
public class CommentCounts {

    /** The comments of one status, position, stance, channel, mismatch and review. */
    public record Tally(
            String status, String position, String stance, String channel, boolean mismatch, boolean review, long n) {}

    /** The comments of a ward (null: none given). */
    public record Ward(String ward, long n) {}

    /** A campaign of two comments or more. */
    public record Campaign(long id, long n) {}

    /** The comments with the same topics (joined by "|") and declared position. */
    public record Topics(String topics, String position, long n) {}

    /** The comments that arrived within an hour (UTC) of a day. */
    public record Hour(LocalDate day, int hour, long n) {}

    @PersistenceContext
    EntityManager em;

    public List<Tally> tally(long itemId) {
        return rows(
                        "select status, position, stance, channel, stance_mismatch, stance_review, count(*) from comment"
                                + " where item_id = ? group by status, position, stance, channel, stance_mismatch,"
                                + " stance_review",
                        itemId)
                .stream()
                .map(r -> new Tally(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        truth(r[4]),
                        truth(r[5]),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    public List<Ward> byWard(long itemId, Collection<CommentStatus> statuses) {
        return rows(
                        "select ward, count(*) from comment where item_id = ? and status in " + in(statuses)
                                + " group by ward",
                        itemId)
                .stream()
                .map(r -> new Ward((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /** The item's campaigns of two comments or more among those of these statuses. */
    public List<Campaign> campaigns(long itemId, Collection<CommentStatus> statuses) {
        return rows(
                        "select campaign_id, count(*) from comment where item_id = ? and status in " + in(statuses)
                                + " and campaign_id is not null group by campaign_id having count(*) > 1",
                        itemId)
                .stream()
                .map(r -> new Campaign(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .toList();
    }

    /** Comments with topics only. */
    public List<Topics> byTopics(long itemId, Collection<CommentStatus> statuses) {
        return rows(
                        "select topics, position, count(*) from comment where item_id = ? and status in " + in(statuses)
                                + " and topics is not null and topics <> '' group by topics, position",
                        itemId)
                .stream()
                .map(r -> new Topics((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    public List<Hour> byHour(long itemId, Collection<CommentStatus> statuses) {
        return rows(
                        "select cast(received_at as date), hour(received_at), count(*) from comment where"
                                + " item_id = ? and status in " + in(statuses)
                                + " group by cast(received_at as date), hour(received_at)",
                        itemId)
                .stream()
                .map(r -> new Hour(
                        r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** The latest public comments of the item that carry this topic (and maybe a topic containing its name). */
    public List<Comment> latestOnTopic(long itemId, String topic, Collection<CommentStatus> statuses, int max) {
        return em.createQuery(
                        "select c from Comment c where c.item.id = :i and c.status in :s and"
                                + " c.moderation.hiddenAt is null and c.reading.topics like :t order by c.id desc",
                        Comment.class)
                .setParameter("i", itemId)
                .setParameter("s", statuses)
                .setParameter("t", "%" + topic + "%")
                .setMaxResults(max)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long itemId) {
        return new ArrayList<>(em.createNativeQuery(sql).setParameter(1, itemId).getResultList());
    }

    /** A literal list of status names (enum constants, never input). */
    private static String in(Collection<CommentStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean truth(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }
}
