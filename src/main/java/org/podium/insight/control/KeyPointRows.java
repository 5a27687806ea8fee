package org.podium.insight.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * Takes the item's reading lock (its {@code key_point_item} row, made if missing), held to the end of the
     * transaction: a reading and a clerk's edit of the same item's key points take it first, so one waits for the
     * other instead of both locking key points in different orders. Returns from how many texts the last proposal
     * was made.
     */
    public int lockItem(long itemId) {
        em.createNativeQuery("insert ignore into key_point_item (item_id, proposed_from) values (?, 0)")
                .setParameter(1, itemId)
                .executeUpdate();
        List<?> r = em.createNativeQuery("select proposed_from from key_point_item where item_id = ? for update")
                .setParameter(1, itemId)
                .getResultList();
        return r.isEmpty() ? 0 : ((Number) r.get(0)).intValue();
    }

    /** The item was read now; when {@code proposedFrom} is given, its points were proposed again from that many texts. */
    public void read(long itemId, Instant at, Integer proposedFrom) {
        Timestamp now = Timestamp.from(at);
        if (proposedFrom != null) {
            em.createNativeQuery("update key_point_item set matched_at = ?, proposed_at = ?, proposed_from = ?"
                            + " where item_id = ?")
                    .setParameter(1, now)
                    .setParameter(2, now)
                    .setParameter(3, proposedFrom)
                    .setParameter(4, itemId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("update key_point_item set matched_at = ? where item_id = ?")
                    .setParameter(1, now)
                    .setParameter(2, itemId)
                    .executeUpdate();
        }
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

    /** The item's matches: point id → comment id → probability. */
    public Map<Long, Map<Long, Double>> matches(long itemId) {
        Map<Long, Map<Long, Double>> out = new HashMap<>();
        for (Object r : em.createNativeQuery("select m.key_point_id, m.comment_id, m.probability from key_point_match m"
                        + " join key_point k on k.id = m.key_point_id where k.item_id = ?")
                .setParameter(1, itemId)
                .getResultList()) {
            Object[] a = (Object[]) r;
            out.computeIfAbsent(Rows.id(a[0]), k -> new LinkedHashMap<>())
                    .put(Rows.id(a[1]), ((Number) a[2]).doubleValue());
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

    /** New matches, each {key point id, comment id, probability} (300 to a statement). */
    public void match(List<Object[]> rows) {
        int chunk = 300;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            var q = em.createNativeQuery("insert into key_point_match (key_point_id, comment_id, probability) values "
                    + Sql.values(part.size(), 3));
            int n = 1;
            for (Object[] r : part) {
                n = Rows.bind(q, n, Arrays.asList(r));
            }
            q.executeUpdate();
        }
    }
}
