package org.podium.insight.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.comment.entity.Position;
import org.podium.platform.Sql;

/**
 * The SQL of an item's key points, in the caller's transaction: the points ({@code key_point}), which comments make
 * each ({@code key_point_match}) and the item's reading state and lock ({@code key_point_item}). The boundaries
 * ({@code ItemKeyPoints}, {@code KeyPointEdits}) decide; this reads and writes the rows.
 */
public final class KeyPointRows {

    /** A key point as stored. */
    public record Stored(
            long id, Position side, String text, Long source, boolean byClerk, boolean retired, Long mergedInto) {}

    private static final String COLUMNS = "id, side, text, source_comment_id, by_clerk, retired, merged_into";

    private final EntityManager em;

    public KeyPointRows(EntityManager em) {
        this.em = em;
    }

    /**
     * Where an item's reading stands: from how many texts the last proposal was made, the newest comment matched to the
     * points as they stand, where the next slice of earlier comments starts, the digest of the points matched to
     * (null: none yet) and when the last reading ended (null: never).
     */
    public record State(int proposedFrom, long matchedTo, long sweptTo, String digest, Instant matchedAt) {}

    /**
     * Takes the item's reading lock (its {@code key_point_item} row, made if missing), held to the end of the
     * transaction: a reading and a clerk's edit of the same item's key points take it first, so one waits for the
     * other instead of both locking key points in different orders. Returns where its reading stands.
     */
    public State lockItem(long itemId) {
        em.createNativeQuery("insert ignore into key_point_item (item_id, proposed_from) values (?, 0)")
                .setParameter(1, itemId)
                .executeUpdate();
        List<?> r = em.createNativeQuery("select proposed_from, matched_to, swept_to, points_digest, matched_at"
                        + " from key_point_item where item_id = ? for update")
                .setParameter(1, itemId)
                .getResultList();
        if (r.isEmpty()) {
            return new State(0, 0, 0, null, null);
        }
        Object[] a = (Object[]) r.get(0);
        return new State(
                ((Number) a[0]).intValue(),
                ((Number) a[1]).longValue(),
                ((Number) a[2]).longValue(),
                (String) a[3],
                a[4] == null ? null : Rows.instant(a[4]));
    }

    /**
     * The item was read now: its comments are matched up to {@code matchedTo} to the points of {@code digest}, the next
     * slice of earlier ones starts after {@code sweptTo}; when {@code proposedFrom} is given, its points were proposed
     * again from that many texts.
     */
    public void read(long itemId, Instant at, Integer proposedFrom, long matchedTo, long sweptTo, String digest) {
        Timestamp now = Timestamp.from(at);
        var q = em.createNativeQuery("update key_point_item set matched_at = ?, matched_to = ?, swept_to = ?,"
                        + " points_digest = ?" + (proposedFrom != null ? ", proposed_at = ?, proposed_from = ?" : "")
                        + " where item_id = ?")
                .setParameter(1, now)
                .setParameter(2, matchedTo)
                .setParameter(3, sweptTo)
                .setParameter(4, digest);
        if (proposedFrom != null) {
            q.setParameter(5, now).setParameter(6, proposedFrom).setParameter(7, itemId);
        } else {
            q.setParameter(5, itemId);
        }
        q.executeUpdate();
    }

    /** When the item's comments were last matched, or null if never. */
    public Instant readAt(long itemId) {
        List<?> at = em.createNativeQuery("select matched_at from key_point_item where item_id = ?")
                .setParameter(1, itemId)
                .getResultList();
        return at.isEmpty() ? null : Rows.instant(at.get(0));
    }

    /** The item's points, retired and merged ones included, oldest first. */
    public List<Stored> of(long itemId) {
        List<Stored> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("select " + COLUMNS + " from key_point where item_id = ? order by id")
                .setParameter(1, itemId)
                .getResultList()) {
            out.add(stored((Object[]) r));
        }
        return out;
    }

    /** One point, or empty. */
    public Optional<Stored> byId(long id) {
        List<?> r = em.createNativeQuery("select " + COLUMNS + " from key_point where id = ?")
                .setParameter(1, id)
                .getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of(stored((Object[]) r.get(0)));
    }

    private static Stored stored(Object[] a) {
        return new Stored(
                Rows.id(a[0]),
                Position.valueOf((String) a[1]),
                (String) a[2],
                Rows.idOrNull(a[3]),
                Rows.bool(a[4]),
                Rows.bool(a[5]),
                Rows.idOrNull(a[6]));
    }

    /** The item of a point. */
    public long itemOf(long id) {
        return Rows.id(em.createNativeQuery("select item_id from key_point where id = ?")
                .setParameter(1, id)
                .getSingleResult());
    }

    /** The wordings of a side's standing points, by id. */
    public Map<Long, String> standing(long itemId, Position side) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery(
                        "select id, text from key_point where item_id = ? and side = ? and retired = false")
                .setParameter(1, itemId)
                .setParameter(2, side.name())
                .getResultList()) {
            Object[] a = (Object[]) r;
            out.put(Rows.id(a[0]), (String) a[1]);
        }
        return out;
    }

    /** A new point (the machine's, from a comment, or a clerk's without one); returns its id. */
    public long insert(long itemId, Position side, String text, Long source, boolean byClerk) {
        em.createNativeQuery("insert into key_point (item_id, side, text, source_comment_id, by_clerk, retired,"
                        + " created_at) values (?, ?, ?, ?, ?, false, ?)")
                .setParameter(1, itemId)
                .setParameter(2, side.name())
                .setParameter(3, text)
                .setParameter(4, source)
                .setParameter(5, byClerk)
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
        return Rows.id(em.createNativeQuery("select max(id) from key_point where item_id = ? and text = ?")
                .setParameter(1, itemId)
                .setParameter(2, text)
                .getSingleResult());
    }

    /** The point in a clerk's words. */
    public void rename(long id, String text) {
        em.createNativeQuery("update key_point set text = ?, by_clerk = true where id = ?")
                .setParameter(1, text)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Kept by a clerk's hand (another point was merged into it): never replaced by a new proposal. */
    public void keep(long id) {
        em.createNativeQuery("update key_point set by_clerk = true where id = ?")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Listed no more (merged into {@code into}, or not); its matches go. */
    public void retire(long id, Long into) {
        em.createNativeQuery("update key_point set retired = true, merged_into = ? where id = ?")
                .setParameter(1, into)
                .setParameter(2, id)
                .executeUpdate();
        unmatch(id);
    }

    /** A machine point replaced by a new proposal: it and its matches go. */
    public void delete(long id) {
        unmatch(id);
        em.createNativeQuery("delete from key_point where id = ?")
                .setParameter(1, id)
                .executeUpdate();
    }

    private void unmatch(long id) {
        em.createNativeQuery("delete from key_point_match where key_point_id = ?")
                .setParameter(1, id)
                .executeUpdate();
    }

    /**
     * A comment that makes a point, with the matcher's probability and what the counts need of the comment as it was
     * matched: its side, its campaign (null: none) and whether the public sees it.
     */
    public record Match(long point, long comment, double probability, String side, Long campaign, boolean isPublic) {}

    private static final String MATCH_COLUMNS = "key_point_id, comment_id, probability, side, campaign_id, is_public";

    /** The matches of these comments (500 to a statement). */
    public List<Match> matchesOf(List<Long> commentIds) {
        List<Match> out = new ArrayList<>();
        int chunk = 500;
        for (int from = 0; from < commentIds.size(); from += chunk) {
            List<Long> part = commentIds.subList(from, Math.min(commentIds.size(), from + chunk));
            var q = em.createNativeQuery("select " + MATCH_COLUMNS + " from key_point_match where comment_id in ("
                    + Sql.placeholders(part.size()) + ")");
            Rows.bind(q, 1, part);
            for (Object r : q.getResultList()) {
                Object[] a = (Object[]) r;
                out.add(new Match(
                        Rows.id(a[0]),
                        Rows.id(a[1]),
                        ((Number) a[2]).doubleValue(),
                        (String) a[3],
                        Rows.idOrNull(a[4]),
                        Rows.bool(a[5])));
            }
        }
        return out;
    }

    /** These comments make the point no more (500 to a statement). */
    public void unmatch(long keyPointId, List<Long> commentIds) {
        int chunk = 500;
        for (int from = 0; from < commentIds.size(); from += chunk) {
            List<Long> part = commentIds.subList(from, Math.min(commentIds.size(), from + chunk));
            var q = em.createNativeQuery("delete from key_point_match where key_point_id = ? and comment_id in ("
                            + Sql.placeholders(part.size()) + ")")
                    .setParameter(1, keyPointId);
            Rows.bind(q, 2, part);
            q.executeUpdate();
        }
    }

    /** New matches (200 to a statement). */
    public void match(List<Match> rows) {
        int chunk = 200;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Match> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            var q = em.createNativeQuery(
                    "insert into key_point_match (" + MATCH_COLUMNS + ") values " + Sql.values(part.size(), 6));
            int n = 1;
            for (Match m : part) {
                n = Rows.bind(
                        q,
                        n,
                        Arrays.asList(m.point(), m.comment(), m.probability(), m.side(), m.campaign(), m.isPublic()));
            }
            q.executeUpdate();
        }
    }

    /** Whether a comment makes a point. */
    public boolean hasMatches(long commentId) {
        return !em.createNativeQuery("select 1 from key_point_match where comment_id = ?")
                .setParameter(1, commentId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * A comment's matches follow it as it is now: its side ({@code null}: no longer counted — its matches go), its
     * campaign and whether the public sees it. Returns how many matches it had.
     */
    public int follow(long commentId, String side, Long campaign, boolean isPublic) {
        if (side == null) {
            return em.createNativeQuery("delete from key_point_match where comment_id = ?")
                    .setParameter(1, commentId)
                    .executeUpdate();
        }
        return em.createNativeQuery(
                        "update key_point_match set side = ?, campaign_id = ?, is_public = ? where comment_id = ?")
                .setParameter(1, side)
                .setParameter(2, campaign)
                .setParameter(3, isPublic)
                .setParameter(4, commentId)
                .executeUpdate();
    }

    /** How many comments make a point, and how many distinct texts (a campaign's copies once). */
    public record Count(long comments, long texts) {}

    /**
     * The comments that make each of these points on the point's own side (public ones only when {@code publicOnly}),
     * by point.
     */
    public Map<Long, Count> counts(Collection<Long> pointIds, boolean publicOnly) {
        Map<Long, Count> out = new HashMap<>();
        if (pointIds.isEmpty()) {
            return out;
        }
        var q = em.createNativeQuery("select m.key_point_id, count(*), count(distinct coalesce(m.campaign_id,"
                + " m.comment_id)) from key_point_match m join key_point k on k.id = m.key_point_id where"
                + " m.key_point_id in (" + Sql.placeholders(pointIds.size()) + ") and m.side = k.side"
                + (publicOnly ? " and m.is_public = true" : "") + " group by m.key_point_id");
        Rows.bind(q, 1, List.copyOf(pointIds));
        for (Object r : q.getResultList()) {
            Object[] a = (Object[]) r;
            out.put(Rows.id(a[0]), new Count(((Number) a[1]).longValue(), ((Number) a[2]).longValue()));
        }
        return out;
    }

    /**
     * The comments that make a point on its side (public ones only when {@code publicOnly}) above {@code after}, in
     * arrival order, from the {@code skip}th on, at most {@code max}.
     */
    public List<Long> makers(long pointId, String side, boolean publicOnly, long after, int skip, int max) {
        List<Long> out = new ArrayList<>();
        for (Object id : em.createNativeQuery("select comment_id from key_point_match where key_point_id = ? and"
                        + " side = ? and comment_id > ?" + (publicOnly ? " and is_public = true" : "")
                        + " order by comment_id")
                .setParameter(1, pointId)
                .setParameter(2, side)
                .setParameter(3, after)
                .setFirstResult(skip)
                .setMaxResults(max)
                .getResultList()) {
            out.add(Rows.id(id));
        }
        return out;
    }

    /** A distinct text that makes a point: its comment to quote (a public one first) and the probability. */
    public record Maker(long comment, double probability) {}

    /**
     * The distinct texts that make a point most surely, one comment each (a campaign's public one first), public
     * ones first, at most {@code max}: where its quotes are chosen.
     */
    public List<Maker> surest(long pointId, String side, boolean publicOnly, int max) {
        List<Maker> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("select coalesce(min(case when is_public then comment_id end),"
                        + " min(comment_id)), max(probability) from key_point_match where key_point_id = ? and side = ?"
                        + (publicOnly ? " and is_public = true" : "") + " group by coalesce(campaign_id, comment_id)"
                        + " order by max(case when is_public then 1 else 0 end) desc, max(probability) desc,"
                        + " min(comment_id)")
                .setParameter(1, pointId)
                .setParameter(2, side)
                .setMaxResults(max)
                .getResultList()) {
            Object[] a = (Object[]) r;
            out.add(new Maker(Rows.id(a[0]), ((Number) a[1]).doubleValue()));
        }
        return out;
    }

    /** Which of these comments make one of these points (on the comment's side as matched). */
    public Set<Long> matchedAmong(Collection<Long> pointIds, List<Long> commentIds) {
        Set<Long> out = new HashSet<>();
        if (pointIds.isEmpty() || commentIds.isEmpty()) {
            return out;
        }
        var q = em.createNativeQuery("select distinct m.comment_id from key_point_match m join key_point k on k.id ="
                + " m.key_point_id where m.key_point_id in (" + Sql.placeholders(pointIds.size()) + ") and"
                + " m.side = k.side and m.comment_id in (" + Sql.placeholders(commentIds.size()) + ")");
        int n = Rows.bind(q, 1, List.copyOf(pointIds));
        Rows.bind(q, n, commentIds);
        for (Object id : q.getResultList()) {
            out.add(Rows.id(id));
        }
        return out;
    }

    /**
     * How many comments, and distinct texts, make at least one of these points of a side (public ones only when
     * {@code publicOnly}).
     */
    public Count matched(Collection<Long> pointIds, String side, boolean publicOnly) {
        if (pointIds.isEmpty()) {
            return new Count(0, 0);
        }
        var q = em.createNativeQuery("select count(distinct comment_id), count(distinct coalesce(campaign_id,"
                + " comment_id)) from key_point_match where key_point_id in (" + Sql.placeholders(pointIds.size())
                + ") and side = ?" + (publicOnly ? " and is_public = true" : ""));
        int n = Rows.bind(q, 1, List.copyOf(pointIds));
        q.setParameter(n, side);
        Object[] a = (Object[]) q.getSingleResult();
        return new Count(((Number) a[0]).longValue(), ((Number) a[1]).longValue());
    }
}
