package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;

/**
 * An item's comments counted for its summary, each count one grouped query answered from an index (V19, V41): by
 * status, declared position, stance, channel, side and campaign (the tally); by ward; by topics and position; by hour
 * of arrival. Positions, stances, statuses and channels are their names (null where a comment has none).
 */
@ApplicationScoped
public class CommentCounts {

    /**
     * The comments of one status, declared position, stance, channel, mismatch, review, source of the stance, time
     * hidden and campaign: what the summary counts, and what a comment's side and a campaign's copies are counted from
     * (the key points' totals per side, the summary's campaigns).
     */
    public record Tally(
            String status,
            String position,
            String stance,
            String channel,
            boolean mismatch,
            boolean review,
            String stanceSource,
            boolean hidden,
            Long campaignId,
            long n) {}

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

    /**
     * The item's comments grouped by every column of {@code ix_comment_summary} in the index's order: one pass over the
     * index, no temporary table (a group on an expression, such as a comment's side, made MariaDB sort a million rows:
     * 4.0 s where this takes 1.4). A row per campaign and combination, not per comment: a million comments in 2,000
     * campaigns give some 16,000 rows.
     */
    public List<Tally> tally(long itemId) {
        return rows(
                        "select status, position, stance, channel, stance_mismatch, stance_review, stance_source,"
                                + " hidden_at is not null, campaign_id, count(*) from comment where item_id = ? group by"
                                + " status, position, stance, channel, stance_mismatch, stance_review, stance_source,"
                                + " hidden_at, campaign_id",
                        itemId)
                .stream()
                .map(r -> new Tally(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        truth(r[4]),
                        truth(r[5]),
                        (String) r[6],
                        truth(r[7]),
                        r[8] == null ? null : ((Number) r[8]).longValue(),
                        ((Number) r[9]).longValue()))
                .toList();
    }

    /** The campaigns of two comments or more among those of these statuses, from the item's tally. */
    public static List<Campaign> campaigns(Collection<Tally> tally, Collection<CommentStatus> statuses) {
        Set<String> counted = statuses.stream().map(CommentStatus::name).collect(Collectors.toSet());
        Map<Long, Long> n = new HashMap<>();
        for (Tally t : tally) {
            if (t.campaignId() != null && counted.contains(t.status())) {
                n.merge(t.campaignId(), t.n(), Long::sum);
            }
        }
        return n.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> new Campaign(e.getKey(), e.getValue()))
                .toList();
    }

    /** Grouped by status too, in the index's order ({@code ix_comment_item_ward}): no temporary table. */
    public List<Ward> byWard(long itemId, Collection<CommentStatus> statuses) {
        Map<String, Long> n = new LinkedHashMap<>();
        for (Object[] r : rows(
                "select ward, count(*) from comment where item_id = ? and status in " + in(statuses)
                        + " group by status, ward",
                itemId)) {
            n.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum); // null: no ward given
        }
        return n.entrySet().stream()
                .map(e -> new Ward(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Comments with topics only. Grouped by status too, in the index's order ({@code ix_comment_item_topics}): one
     * pass, no temporary table (grouped by topics and position alone, MariaDB sorted a million rows: 3.6 s, now 0.9).
     */
    public List<Topics> byTopics(long itemId, Collection<CommentStatus> statuses) {
        Map<List<String>, Long> n = new LinkedHashMap<>();
        for (Object[] r : rows(
                "select topics, position, count(*) from comment where item_id = ? and status in " + in(statuses)
                        + " and topics is not null and topics <> '' group by status, position, topics",
                itemId)) {
            n.merge(Arrays.asList((String) r[0], (String) r[1]), ((Number) r[2]).longValue(), Long::sum);
        }
        return n.entrySet().stream()
                .map(e -> new Topics(e.getKey().get(0), e.getKey().get(1), e.getValue()))
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
