package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @PersistenceContext
    EntityManager em;

    /**
     * The side a comment argues for its key points: a clerk's label; else the position the resident declared, for or
     * against; else the stance the analysis read, when it is sure enough not to ask for a clerk's review (null or
     * NEUTRAL: neither side — a 52 % guess put "The levy hearing is set for 10 a.m." among the points in favour).
     */
    static Position side(Comment c) {
        if (c.getReading().isByClerk() && c.getReading().getStance() != null) {
            return c.getReading().getStance();
        }
        if (c.getPosition() == Position.SUPPORT || c.getPosition() == Position.OPPOSE) {
            return c.getPosition();
        }
        return c.getReading().isReview() ? null : c.getReading().getStance();
    }

    /**
     * A stamp of the item's comments that changes whenever one is filed or changed (a decision, an edit: each bumps
     * the comment's version): their number, the sum of their versions, the newest id.
     */
    public String stamp(long itemId) {
        Object[] r = (Object[]) em.createNativeQuery(
                        "select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from comment where item_id = ?")
                .setParameter(1, itemId)
                .getSingleResult();
        return r[0] + "/" + r[1] + "/" + r[2];
    }

    /** The item's counted comments (not rejected, not withdrawn), in arrival order, for its key points. */
    public List<ForKeyPoints> forKeyPoints(long itemId, String redactedMarker) {
        return em
                .createQuery(
                        "select c from Comment c where c.item.id = :i and c.status in :s order by c.id", Comment.class)
                .setParameter("i", itemId)
                .setParameter("s", COUNTED)
                .setHint("eclipselink.read-only", true)
                .getResultList()
                .stream()
                .map(c -> new ForKeyPoints(
                        c.getId(),
                        c.getTrackingNumber(),
                        c.getCampaignId(),
                        side(c),
                        c.getBody(),
                        c.isPublic() ? c.publicText(redactedMarker) : null,
                        c.previewText(redactedMarker)))
                .toList();
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
        em.createNativeQuery("update comment set campaign_id = ? where id = ?")
                .setParameter(1, campaignId)
                .setParameter(2, commentId)
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
        int p = 1;
        for (Long id : ids) {
            q.setParameter(p++, id);
        }
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
                        + " stance_review = false, stance_mismatch = ? where id = ?")
                .setParameter(1, stance.name())
                .setParameter(2, mismatch)
                .setParameter(3, commentId)
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

    /** The item's comments that the general model read as for or against (what the sentence model may correct). */
    public List<ForStance> sidedByGeneral(long itemId) {
        return forStance(em.createQuery(
                        FOR_STANCE + " and c.reading.source = :general and c.reading.stance <> :neutral",
                        Object[].class)
                .setParameter("i", itemId)
                .setParameter("general", Reading.Source.GENERAL)
                .setParameter("neutral", Position.NEUTRAL)
                .getResultList());
    }

    /** The machine's stance, unless a clerk has labelled the comment meanwhile. */
    public void setMachineStance(
            long commentId, String stance, double confidence, Reading.Source source, boolean review, boolean mismatch) {
        em.createNativeQuery("update comment set stance = ?, stance_confidence = ?, stance_source = ?,"
                        + " stance_review = ?, stance_mismatch = ? where id = ? and (stance_source is null"
                        + " or stance_source <> 'CLERK')")
                .setParameter(1, stance)
                .setParameter(2, confidence)
                .setParameter(3, source.name())
                .setParameter(4, review)
                .setParameter(5, mismatch)
                .setParameter(6, commentId)
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
