package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Reading;
import org.podium.platform.Sql;

/**
 * The comments as the analysis reads them, and the readings it writes back (stance, topics, campaign, fingerprint):
 * the one way into the comment table for the features above it, in the caller's transaction. A reading written by
 * the machine never overwrites a clerk's (the updates say so in their condition, so a clerk's decision made while
 * a re-reading runs wins).
 */
@ApplicationScoped
public class CommentReadings {

    /** A comment's text, by its id. */
    public record Text(long id, String body) {}

    /** What the stance reading of a comment starts from: its text, the declared position and the stored tone. */
    public record ForStance(long id, String body, Position declared, Double tone) {}

    /**
     * A comment as the key points read it: its side (see {@link #side}), its text, and the text as the public sees it (redactions applied) — null
     * unless the comment is public.
     */
    public record ForKeyPoints(
            long id,
            String trackingNumber,
            Long campaignId,
            Position side,
            String body,
            String publicText,
            String preview) {}

    /** The statuses whose comments are part of an item's public comment (not rejected, not withdrawn). */
    public static final List<CommentStatus> COUNTED = List.of(
            CommentStatus.RECEIVED, CommentStatus.PUBLISHED, CommentStatus.RECORD_ONLY, CommentStatus.IN_RECORD);

    private static final Set<String> COUNTED_NAMES = Set.of("RECEIVED", "PUBLISHED", "RECORD_ONLY", "IN_RECORD");

    /** The statuses the public reads, as {@link #PUBLIC_SQL} (with no time hidden). */
    private static final Set<String> PUBLIC_NAMES = Set.of("PUBLISHED", "IN_RECORD");

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentCounts counts;

    /**
     * The side a comment argues for its key points: a clerk's label; else the position the resident declared, for or
     * against; else the stance the analysis read, when it is sure enough not to ask for a clerk's review (null or
     * NEUTRAL: neither side — a 52 % guess put "The levy hearing is set for 10 a.m." among the points in favour).
     */
    static Position side(Comment c) {
        return side(
                c.getReading().isByClerk(),
                c.getReading().getStance(),
                c.getPosition(),
                c.getReading().isReview());
    }

    /** The rule of {@link #side(Comment)} on what it reads (the tally's rows read the same columns). */
    static Position side(boolean byClerk, Position stance, Position declared, boolean review) {
        if (byClerk && stance != null) {
            return stance;
        }
        if (declared == Position.SUPPORT || declared == Position.OPPOSE) {
            return declared;
        }
        return review ? null : stance;
    }

    /**
     * A stamp of the item's comments that changes whenever one is filed or changed (a decision, an edit: each bumps
     * the comment's version; a campaign found or a stance read again: each sets its time of change): their number, the
     * sum of their versions, the newest change, the newest id. Read from {@code ix_comment_item_updated} alone (V41):
     * a million comments' rows are never read for it.
     */
    public String stamp(long itemId) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(version), 0), max(updated_at),"
                        + " coalesce(max(id), 0) from comment where item_id = ?")
                .setParameter(1, itemId)
                .getSingleResult();
        return r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3];
    }

    /**
     * A comment's side in SQL, as {@link #side(Comment)} reads it (null: neither), for the key points' counts; and
     * whether the public sees it, as {@link Comment#isPublic()}.
     */
    static final String SIDE_SQL = "case when stance_source = 'CLERK' and stance is not null then stance"
            + " when position in ('SUPPORT', 'OPPOSE') then position when stance_review = true then null"
            + " else stance end";

    static final String PUBLIC_SQL = "(status in ('PUBLISHED', 'IN_RECORD') and hidden_at is null)";

    static final String COUNTED_SQL = "status in ('RECEIVED', 'PUBLISHED', 'RECORD_ONLY', 'IN_RECORD')";

    /**
     * The item's comments with an id above {@code after} and at most {@code upTo}, in arrival order, at most
     * {@code max}, each as the key points read it: those no longer counted (rejected, withdrawn) with no side, so that
     * what they made is taken away. A reading of a large item goes through its comments a slice at a time.
     */
    public List<ForKeyPoints> forKeyPoints(long itemId, String redactedMarker, long after, long upTo, int max) {
        return forKeyPoints(
                em.createQuery(
                                "select c from Comment c where c.item.id = :i and c.id > :a and c.id <= :b order by c.id",
                                Comment.class)
                        .setParameter("i", itemId)
                        .setParameter("a", after)
                        .setParameter("b", upTo)
                        .setMaxResults(max),
                redactedMarker);
    }

    /**
     * The item's comments changed since {@code since} (a decision, an edit, a label, a campaign found) with an id of
     * at most {@code upTo}, at most {@code max}, in arrival order: what a reading matches again before its next slice.
     */
    public List<ForKeyPoints> changedForKeyPoints(
            long itemId, String redactedMarker, Instant since, long upTo, int max) {
        return forKeyPoints(
                em.createQuery(
                                "select c from Comment c where c.item.id = :i and c.updatedAt > :t and c.id <= :b"
                                        + " order by c.id",
                                Comment.class)
                        .setParameter("i", itemId)
                        .setParameter("t", since)
                        .setParameter("b", upTo)
                        .setMaxResults(max),
                redactedMarker);
    }

    /** These comments as the key points read them, in arrival order (those that exist). */
    public List<ForKeyPoints> forKeyPoints(Collection<Long> ids, String redactedMarker) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return forKeyPoints(
                em.createQuery("select c from Comment c where c.id in :ids order by c.id", Comment.class)
                        .setParameter("ids", ids),
                redactedMarker);
    }

    /** The comments of a query, read only, as the key points read them. */
    private static List<ForKeyPoints> forKeyPoints(TypedQuery<Comment> query, String redactedMarker) {
        return query.setHint("eclipselink.read-only", true).getResultList().stream()
                .map(c -> forKeyPoints(c, redactedMarker))
                .toList();
    }

    private static ForKeyPoints forKeyPoints(Comment c, String redactedMarker) {
        boolean counted = COUNTED.contains(c.getStatus());
        return new ForKeyPoints(
                c.getId(),
                c.getTrackingNumber(),
                c.getCampaignId(),
                counted ? side(c) : null,
                c.getBody(),
                counted && c.isPublic() ? c.publicText(redactedMarker) : null,
                c.previewText(redactedMarker));
    }

    /** How many counted comments an item has on a side, and how many distinct texts (a campaign's copies once). */
    public record SideCount(long comments, long texts) {}

    /** An item's counted comments per side: all of them, and those the public reads. */
    public record Sides(Map<Position, SideCount> all, Map<Position, SideCount> published) {

        public SideCount of(Position side, boolean publicOnly) {
            return (publicOnly ? published : all).getOrDefault(side, new SideCount(0, 0));
        }

        /** The distinct texts on either side. */
        public long texts() {
            return all.values().stream().mapToLong(SideCount::texts).sum();
        }

        /**
         * The totals from the item's tally ({@link CommentCounts#tally}, which the summary reads anyway): a comment's
         * side as {@link CommentReadings#side(Comment)} reads it, a campaign's copies one text per side.
         */
        public static Sides of(Collection<CommentCounts.Tally> tally) {
            Map<Position, long[]> all = new HashMap<>(); // comments, comments of no campaign
            Map<Position, long[]> published = new HashMap<>();
            Map<Position, Set<Long>> campaigns = new HashMap<>();
            Map<Position, Set<Long>> publishedCampaigns = new HashMap<>();
            for (CommentCounts.Tally t : tally) {
                Position side = side(
                        Reading.Source.CLERK.name().equals(t.stanceSource()),
                        position(t.stance()),
                        position(t.position()),
                        t.review());
                if ((side != Position.SUPPORT && side != Position.OPPOSE) || !COUNTED_NAMES.contains(t.status())) {
                    continue;
                }
                add(all, campaigns, side, t);
                if (PUBLIC_NAMES.contains(t.status()) && !t.hidden()) {
                    add(published, publishedCampaigns, side, t);
                }
            }
            return new Sides(counts(all, campaigns), counts(published, publishedCampaigns));
        }

        private static void add(
                Map<Position, long[]> n, Map<Position, Set<Long>> campaigns, Position side, CommentCounts.Tally t) {
            long[] c = n.computeIfAbsent(side, k -> new long[2]);
            c[0] += t.n();
            if (t.campaignId() == null) {
                c[1] += t.n();
            } else {
                campaigns.computeIfAbsent(side, k -> new HashSet<>()).add(t.campaignId());
            }
        }

        private static Map<Position, SideCount> counts(Map<Position, long[]> n, Map<Position, Set<Long>> campaigns) {
            Map<Position, SideCount> out = new HashMap<>();
            n.forEach((side, c) -> out.put(
                    side,
                    new SideCount(
                            c[0], c[1] + campaigns.getOrDefault(side, Set.of()).size())));
            return out;
        }

        private static Position position(String name) {
            return name == null ? null : Position.valueOf(name);
        }
    }

    /**
     * The item's counted comments per side, and its public ones: from the item's tally (one pass over
     * {@code ix_comment_summary} in its order, no temporary table; a group on the side itself sorted every row).
     */
    public Sides sides(long itemId) {
        return Sides.of(counts.tally(itemId));
    }

    private static long number(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** How many counted comments the item has (read from an index, not from the comments). */
    public long counted(long itemId) {
        return ((Number) em.createNativeQuery("select count(*) from comment where item_id = ? and " + COUNTED_SQL)
                        .setParameter(1, itemId)
                        .getSingleResult())
                .longValue();
    }

    /** The newest comment id of the item, 0 when none. */
    public long newest(long itemId) {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from comment where item_id = ?")
                        .setParameter(1, itemId)
                        .getSingleResult())
                .longValue();
    }

    /**
     * The ids of the item's counted comments on a side (public ones only when {@code publicOnly}) above
     * {@code after}, in arrival order, at most {@code max}.
     */
    public List<Long> onSide(long itemId, Position side, boolean publicOnly, long after, int max) {
        List<Long> out = new ArrayList<>();
        for (Object id : em.createNativeQuery("select id from comment where item_id = ? and id > ? and " + COUNTED_SQL
                        + (publicOnly ? " and " + PUBLIC_SQL : "") + " and (" + SIDE_SQL + ") = ? order by id")
                .setParameter(1, itemId)
                .setParameter(2, after)
                .setParameter(3, side.name())
                .setMaxResults(max)
                .getResultList()) {
            out.add(((Number) id).longValue());
        }
        return out;
    }

    /**
     * A distinct text of an item as the key points propose from it: its first comment, the first one the public
     * reads (null if none), and how many comments have it (a campaign's copies).
     */
    public record Sampled(ForKeyPoints first, ForKeyPoints firstPublic, int comments) {}

    /**
     * At most {@code max} distinct texts of the item's side to propose key points from: all when there are no more;
     * else its largest campaigns (a quarter at most), then single comments spread over the item's time.
     */
    public List<Sampled> sample(long itemId, Position side, SideCount count, String redactedMarker, int max) {
        // campaigns, the largest first, whose first comment argues this side
        List<Object[]> campaigns = new ArrayList<>();
        for (Object row : em.createNativeQuery("select coalesce(campaign_id, id), count(*), min(id), min(case when "
                        + PUBLIC_SQL + " then id end) from comment where item_id = ? and campaign_id is not null and "
                        + COUNTED_SQL + " group by coalesce(campaign_id, id) order by count(*) desc, min(id)")
                .setParameter(1, itemId)
                .setMaxResults(4 * max)
                .getResultList()) {
            campaigns.add((Object[]) row);
        }
        boolean all = count.texts() <= max;
        List<Long> singles;
        if (all) {
            singles = ids(em.createNativeQuery("select id from comment where item_id = ? and campaign_id is null and "
                            + COUNTED_SQL + " and (" + SIDE_SQL + ") = ? order by id")
                    .setParameter(1, itemId)
                    .setParameter(2, side.name())
                    .setMaxResults(max)
                    .getResultList());
        } else {
            singles = List.of();
        }
        Set<Long> ids = new HashSet<>(singles);
        for (Object[] c : campaigns) {
            ids.add(((Number) c[2]).longValue());
            if (c[3] != null) {
                ids.add(((Number) c[3]).longValue());
            }
        }
        Map<Long, ForKeyPoints> byId = new HashMap<>();
        forKeyPoints(ids, redactedMarker).forEach(f -> byId.put(f.id(), f));
        List<Sampled> out = new ArrayList<>();
        for (Object[] c : campaigns) {
            ForKeyPoints first = byId.get(((Number) c[2]).longValue());
            int n = ((Number) c[1]).intValue();
            if (first == null || first.side() != side || (!all && n < 2) || out.size() >= (all ? max : max / 4)) {
                continue;
            }
            out.add(new Sampled(first, c[3] == null ? null : byId.get(((Number) c[3]).longValue()), n));
        }
        if (all) {
            for (Long id : singles) {
                ForKeyPoints f = byId.get(id);
                if (f != null && out.size() < max) {
                    out.add(new Sampled(f, f.publicText() != null ? f : null, 1));
                }
            }
            out.sort(Comparator.comparingLong(s -> s.first().id()));
            return out;
        }
        // the rest spread evenly over the side's single comments, in arrival order
        int need = max - out.size();
        long singlesOnSide = ((Number) em.createNativeQuery("select count(*) from comment where item_id = ? and"
                                + " campaign_id is null and " + COUNTED_SQL + " and (" + SIDE_SQL + ") = ?")
                        .setParameter(1, itemId)
                        .setParameter(2, side.name())
                        .getSingleResult())
                .longValue();
        long step = Math.max(1, singlesOnSide / Math.max(1, need));
        List<Long> spread =
                ids(em.createNativeQuery("select id from (select id, row_number() over (order by id) as rn from comment"
                                + " where item_id = ? and campaign_id is null and " + COUNTED_SQL + " and (" + SIDE_SQL
                                + ") = ?) t where mod(rn - 1, ?) = 0 order by id")
                        .setParameter(1, itemId)
                        .setParameter(2, side.name())
                        .setParameter(3, step)
                        .setMaxResults(need)
                        .getResultList());
        for (ForKeyPoints f : forKeyPoints(spread, redactedMarker)) {
            out.add(new Sampled(f, f.publicText() != null ? f : null, 1));
        }
        return out;
    }

    /**
     * The tracking numbers of those of these comments that are counted (and public when {@code publicOnly}), in
     * arrival order: who links to them reads them as they are now.
     */
    public List<String> trackingNumbers(List<Long> ids, boolean publicOnly) {
        List<String> out = new ArrayList<>();
        int chunk = 500;
        for (int from = 0; from < ids.size(); from += chunk) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            var q = em.createNativeQuery("select tracking_number from comment where id in ("
                    + Sql.placeholders(part.size()) + ") and " + COUNTED_SQL
                    + (publicOnly ? " and " + PUBLIC_SQL : "") + " order by id");
            Sql.bind(q, 1, part);
            for (Object t : q.getResultList()) {
                out.add((String) t);
            }
        }
        return out;
    }

    /** A comment's campaign and tracking number: what a list needs to link one more copy of a campaign it lists. */
    public record Copy(long id, Long campaignId, String trackingNumber) {}

    /** These comments' campaigns and tracking numbers, in arrival order (those that exist); no text is read. */
    public List<Copy> copies(List<Long> ids) {
        List<Copy> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        var q = em.createNativeQuery("select id, campaign_id, tracking_number from comment where id in ("
                + Sql.placeholders(ids.size()) + ") order by id");
        Sql.bind(q, 1, ids);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Copy(number(r[0]), r[1] == null ? null : number(r[1]), (String) r[2]));
        }
        return out;
    }

    /**
     * The counted comments of these campaigns on a side (public ones only when {@code publicOnly}) with an id above
     * {@code after}, by campaign and in arrival order, at most {@code max}; no text is read (the campaigns' index and
     * the rows it finds).
     */
    public List<Copy> copiesOf(Collection<Long> campaignIds, Position side, boolean publicOnly, long after, int max) {
        List<Copy> out = new ArrayList<>();
        if (campaignIds.isEmpty() || max <= 0) {
            return out;
        }
        var q = em.createNativeQuery("select id, campaign_id, tracking_number from comment where campaign_id in ("
                + Sql.placeholders(campaignIds.size()) + ") and id > ? and " + COUNTED_SQL
                + (publicOnly ? " and " + PUBLIC_SQL : "") + " and (" + SIDE_SQL + ") = ? order by campaign_id, id");
        int p = Sql.bind(q, 1, campaignIds);
        q.setParameter(p++, after);
        q.setParameter(p, side.name());
        for (Object row : q.setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Copy(number(r[0]), number(r[1]), (String) r[2]));
        }
        return out;
    }

    /** The ids a native query gave (numbers of whichever type the driver hands back). */
    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The first counted comment of each of these campaigns, as the key points read it, by campaign. */
    public Map<Long, ForKeyPoints> campaignFirsts(Collection<Long> campaignIds, String redactedMarker) {
        Map<Long, ForKeyPoints> out = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return out;
        }
        List<Long> firsts = em.createQuery(
                        "select min(c.id) from Comment c where c.campaignId in :ids and c.status in :s"
                                + " group by c.campaignId",
                        Long.class)
                .setParameter("ids", campaignIds)
                .setParameter("s", COUNTED)
                .getResultList();
        forKeyPoints(firsts, redactedMarker).forEach(f -> out.put(f.campaignId(), f));
        return out;
    }

    /**
     * The counted comments of each of these campaigns on a side (public ones only when {@code publicOnly}), by
     * campaign.
     */
    public Map<Long, Long> campaignSizes(Collection<Long> campaignIds, Position side, boolean publicOnly) {
        Map<Long, Long> out = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return out;
        }
        var q = em.createNativeQuery("select campaign_id, count(*) from comment where campaign_id in ("
                + Sql.placeholders(campaignIds.size()) + ") and " + COUNTED_SQL
                + (publicOnly ? " and " + PUBLIC_SQL : "") + " and (" + SIDE_SQL + ") = ? group by campaign_id");
        int p = Sql.bind(q, 1, campaignIds);
        q.setParameter(p, side.name());
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }

    public Optional<Comment> byTrackingNumber(String trackingNumber) {
        return em
                .createQuery("select c from Comment c where c.trackingNumber = :t", Comment.class)
                .setParameter("t", trackingNumber)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The texts of these comments, by id (those that exist). */
    public Map<Long, String> texts(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select c.id, c.body from Comment c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            out.put((Long) r[0], (String) r[1]);
        }
        return out;
    }

    /**
     * The item's latest comments with a declared position, withdrawn ones and {@code except} left out, newest first:
     * what a model learns from where no clerk has labelled.
     */
    public List<Object[]> declared(long itemId, Collection<Long> except, int max) {
        TypedQuery<Object[]> q = em.createQuery(
                "select c.body, c.position from Comment c where c.item.id = :i and c.position is not null"
                        + " and c.status <> :w" + (except.isEmpty() ? "" : " and c.id not in :except")
                        + " order by c.id desc",
                Object[].class);
        if (!except.isEmpty()) {
            q.setParameter("except", except);
        }
        return q.setParameter("i", itemId)
                .setParameter("w", CommentStatus.WITHDRAWN)
                .setMaxResults(max)
                .getResultList();
    }

    /** The item's comments that wait for their campaign (read, not grouped yet), in arrival order. */
    public List<Text> waitingForCampaign(long itemId, int max) {
        return em
                .createQuery(
                        "select c.id, c.body from Comment c where c.item.id = :i and"
                                + " c.campaignId is null and c.reading.textHash is not null order by c.id",
                        Object[].class)
                .setParameter("i", itemId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Text((Long) r[0], (String) r[1]))
                .toList();
    }

    public void setCampaign(long commentId, Long campaignId) {
        em.createNativeQuery("update comment set campaign_id = ?, updated_at = ? where id = ?")
                .setParameter(1, campaignId)
                .setParameter(2, Timestamp.from(Instant.now())) // the key points match it again
                .setParameter(3, commentId)
                .executeUpdate();
    }

    /** The campaign of an earlier comment of the item with the same words, if any. */
    public Optional<Long> campaignOfText(long itemId, long textHash) {
        return em
                .createQuery(
                        "select c.campaignId from Comment c where c.item.id = :i and c.reading.textHash = :h"
                                + " and c.campaignId is not null",
                        Long.class)
                .setParameter("i", itemId)
                .setParameter("h", textHash)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The stored fingerprints of these comments (a campaign's first comment has one), by id. */
    public Map<Long, byte[]> fingerprints(Collection<Long> ids) {
        Map<Long, byte[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        var q = em.createNativeQuery(
                "select id, fingerprint from comment where id in (" + Sql.placeholders(ids.size()) + ")");
        Sql.bind(q, 1, ids);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                out.put(((Number) r[0]).longValue(), (byte[]) r[1]);
            }
        }
        return out;
    }

    public void setFingerprint(long commentId, byte[] fingerprint) {
        em.createNativeQuery("update comment set fingerprint = ? where id = ?")
                .setParameter(1, fingerprint)
                .setParameter(2, commentId)
                .executeUpdate();
    }

    /** A clerk's stance: sure, no review, never read again by the machine. */
    public void setClerkStance(long commentId, Position stance, boolean mismatch) {
        em.createNativeQuery("update comment set stance = ?, stance_confidence = 1.0, stance_source = 'CLERK',"
                        + " stance_review = false, stance_mismatch = ?, updated_at = ? where id = ?")
                .setParameter(1, stance.name())
                .setParameter(2, mismatch)
                .setParameter(3, Timestamp.from(Instant.now())) // its side may change: the key points read it again
                .setParameter(4, commentId)
                .executeUpdate();
    }

    /** The item's comments whose stance the machine reads (no clerk has labelled them). */
    public List<ForStance> forStance(long itemId) {
        return forStance(em.createQuery(
                        FOR_STANCE + " and (c.reading.source is null or c.reading.source <> :clerk)", Object[].class)
                .setParameter("i", itemId)
                .setParameter("clerk", Reading.Source.CLERK)
                .getResultList());
    }

    /** What {@link ForStance} reads of an item's comments; the conditions follow. */
    private static final String FOR_STANCE =
            "select c.id, c.body, c.position, c.reading.tone from Comment c where c.item.id = :i";

    private static List<ForStance> forStance(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new ForStance((Long) r[0], (String) r[1], (Position) r[2], (Double) r[3]))
                .toList();
    }

    /** A comment the machine read, with that reading. */
    public record MachineRead(ForStance comment, Position stance, Double confidence, Reading.Source source) {}

    /**
     * The item's latest comments, at most {@code max}, whose stance the machine read from one of {@code sources} (what
     * the background reading with the sentence model reads again), newest first.
     */
    public List<MachineRead> readFrom(long itemId, Collection<Reading.Source> sources, int max) {
        return em
                .createQuery(
                        "select c.id, c.body, c.position, c.reading.tone, c.reading.stance, c.reading.confidence,"
                                + " c.reading.source from Comment c where c.item.id = :i"
                                + " and c.reading.source in :sources order by c.id desc",
                        Object[].class)
                .setParameter("i", itemId)
                .setParameter("sources", sources)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new MachineRead(
                        new ForStance((Long) r[0], (String) r[1], (Position) r[2], (Double) r[3]),
                        (Position) r[4],
                        (Double) r[5],
                        (Reading.Source) r[6]))
                .toList();
    }

    /** The machine's stance, unless a clerk has labelled the comment meanwhile. */
    public void setMachineStance(
            long commentId, String stance, double confidence, Reading.Source source, boolean review, boolean mismatch) {
        em.createNativeQuery("update comment set stance = ?, stance_confidence = ?, stance_source = ?,"
                        + " stance_review = ?, stance_mismatch = ?, updated_at = ? where id = ? and (stance_source is null"
                        + " or stance_source <> 'CLERK')")
                .setParameter(1, stance)
                .setParameter(2, confidence)
                .setParameter(3, source.name())
                .setParameter(4, review)
                .setParameter(5, mismatch)
                .setParameter(6, Timestamp.from(Instant.now())) // its side may change: the key points read it again
                .setParameter(7, commentId)
                .executeUpdate();
    }

    /** A clerk's topics (names joined as {@link Comment#joinTopics}), kept through later re-readings. */
    public void setClerkTopics(long commentId, List<String> topics) {
        em.createNativeQuery("update comment set topics = ?, topics_by_clerk = true where id = ?")
                .setParameter(1, Comment.joinTopics(topics))
                .setParameter(2, commentId)
                .executeUpdate();
    }

    /** The item's comments whose topics the machine reads (no clerk has decided them). */
    public List<Text> forTopics(long itemId) {
        return em
                .createQuery(
                        "select c.id, c.body from Comment c where c.item.id = :i and c.reading.topicsByClerk = false",
                        Object[].class)
                .setParameter("i", itemId)
                .getResultList()
                .stream()
                .map(r -> new Text((Long) r[0], (String) r[1]))
                .toList();
    }

    /** The same across every item: the next {@code max} after the comment {@code afterId}, in id order. */
    public List<Text> forTopicsAfter(long afterId, int max) {
        return em
                .createQuery(
                        "select c.id, c.body from Comment c where c.id > :after"
                                + " and c.reading.topicsByClerk = false order by c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Text((Long) r[0], (String) r[1]))
                .toList();
    }

    /** The machine's topics, unless a clerk has decided them meanwhile. */
    public void setMachineTopics(long commentId, List<String> topics) {
        em.createNativeQuery("update comment set topics = ? where id = ? and topics_by_clerk = false")
                .setParameter(1, Comment.joinTopics(topics))
                .setParameter(2, commentId)
                .executeUpdate();
    }

    /**
     * The latest texts of the item, one per campaign (its first comment), withdrawn ones left out, newest first: the
     * voices to group, a form letter counted once.
     */
    public List<String> voices(long itemId, int max) {
        return em.createQuery(
                        "select c.body from Comment c where c.item.id = :i and c.status <> :w"
                                + " and (c.campaignId is null or c.campaignId = c.id) order by c.id desc",
                        String.class)
                .setParameter("i", itemId)
                .setParameter("w", CommentStatus.WITHDRAWN)
                .setMaxResults(max)
                .getResultList();
    }

    /** The comments of the item's campaigns of two comments or more, withdrawn ones left out, by campaign. */
    public List<Comment> campaignMembers(long itemId) {
        return em.createQuery(
                        "select c from Comment c where c.item.id = :i and c.campaignId in"
                                + " (select d.campaignId from Comment d where d.item.id = :i and d.status <> :w group by"
                                + " d.campaignId having count(d) > 1) and c.status <> :w order by c.campaignId, c.id",
                        Comment.class)
                .setParameter("i", itemId)
                .setParameter("w", CommentStatus.WITHDRAWN)
                .getResultList();
    }

    /** The number of comments of each of these campaigns (one query, for a page of the queue). */
    public Map<Long, Long> campaignSizes(Collection<Long> campaignIds) {
        Map<Long, Long> sizes = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return sizes;
        }
        for (Object[] r : em.createQuery(
                        "select c.campaignId, count(c) from Comment c where c.campaignId in :ids group by c.campaignId",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .getResultList()) {
            sizes.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return sizes;
    }

    /** The tracking numbers of a campaign's comments, withdrawn ones left out, in arrival order. */
    public List<String> campaignTrackingNumbers(long campaignId) {
        return em.createQuery(
                        "select c.trackingNumber from Comment c where c.campaignId = :id and c.status <> :w order by c.id",
                        String.class)
                .setParameter("id", campaignId)
                .setParameter("w", CommentStatus.WITHDRAWN)
                .getResultList();
    }
}
