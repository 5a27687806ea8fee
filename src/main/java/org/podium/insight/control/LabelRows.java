package org.podium.insight.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the clerks' labels, in the caller's transaction: stance labels ({@code stance_label}, which train each
 * item's model) and topic decisions ({@code topic_label}, which train the council's topics), each kept with what the
 * machine had read before, so that the agreement between the machine and the clerks can be counted.
 */
public final class LabelRows {

    /** A comment's latest label: the comment and what the clerk said (its stance, or a topic and whether it is about it). */
    public record Latest(long commentId, String value, boolean about) {}

    /** How many first labels an item has (that the machine had read), and with how many the machine agreed. */
    public record Counted(long labelled, long agreed) {}

    private final EntityManager em;

    public LabelRows(EntityManager em) {
        this.em = em;
    }

    /** A clerk's stance label (no clerk: an import or a test), with the machine's stance before it. */
    public void stance(long commentId, long itemId, String stance, String machine, Long clerkId, String clerkName) {
        em.createNativeQuery("insert into stance_label (comment_id, item_id, stance, machine_stance, account_id,"
                        + " labelled_by, labelled_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, commentId)
                .setParameter(2, itemId)
                .setParameter(3, stance)
                .setParameter(4, machine)
                .setParameter(5, clerkId)
                .setParameter(6, clerkName)
                .setParameter(7, Instant.now())
                .executeUpdate();
    }

    /** The machine's stance before the first label of a comment, or null when it has none. */
    public String machineStanceBefore(long commentId) {
        List<?> first = em.createNativeQuery("select machine_stance from stance_label where comment_id = ? order by id")
                .setParameter(1, commentId)
                .setMaxResults(1)
                .getResultList();
        return first.isEmpty() ? null : (String) first.get(0);
    }

    /** (count, last id) of an item's stance labels: whether its model must be learnt again. */
    public long[] stanceState(long itemId) {
        Object[] r = (Object[])
                em.createNativeQuery("select count(*), coalesce(max(id), 0) from stance_label where item_id = ?")
                        .setParameter(1, itemId)
                        .getSingleResult();
        return new long[] {Rows.id(r[0]), Rows.id(r[1])};
    }

    /** Each labelled comment's latest stance label of the item, oldest first. */
    public List<Latest> latestStances(long itemId) {
        return em
                .createNativeQuery("select l.comment_id, l.stance from stance_label l where l.item_id = ? and l.id ="
                        + " (select max(x.id) from stance_label x where x.comment_id = l.comment_id) order by l.id")
                .setParameter(1, itemId)
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] a = (Object[]) r;
                    return new Latest(Rows.id(a[0]), (String) a[1], false);
                })
                .toList();
    }

    /** A clerk's topic decision on a comment, with what the machine had read of it before the first one. */
    public void topic(
            long commentId, long itemId, String topic, boolean about, Boolean machine, Long clerkId, String clerkName) {
        em.createNativeQuery("insert into topic_label (comment_id, item_id, topic, about, machine_about, account_id,"
                        + " labelled_by, labelled_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, commentId)
                .setParameter(2, itemId)
                .setParameter(3, topic)
                .setParameter(4, about)
                .setParameter(5, machine)
                .setParameter(6, clerkId)
                .setParameter(7, clerkName)
                .setParameter(8, Instant.now())
                .executeUpdate();
    }

    /** What the machine had read of each topic a comment has decisions on (the first decision's record). */
    public Map<String, Boolean> machineTopicsBefore(long commentId) {
        Map<String, Boolean> first = new HashMap<>();
        for (Object r : em.createNativeQuery(
                        "select topic, machine_about from topic_label where comment_id = ? order by id")
                .setParameter(1, commentId)
                .getResultList()) {
            Object[] a = (Object[]) r;
            if (!first.containsKey((String) a[0])) {
                first.put((String) a[0], a[1] == null ? null : Rows.bool(a[1]));
            }
        }
        return first;
    }

    /** (count, last id) of all topic decisions: whether the topics must be learnt again. */
    public long[] topicState() {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(max(id), 0) from topic_label")
                .getSingleResult();
        return new long[] {Rows.id(r[0]), Rows.id(r[1])};
    }

    /** The latest decision of each comment and topic, newest first, at most {@code max}. */
    public List<Latest> latestTopics(int max) {
        return em
                .createNativeQuery("select l.comment_id, l.topic, l.about from topic_label l where l.id ="
                        + " (select max(x.id) from topic_label x where x.comment_id = l.comment_id and x.topic = l.topic)"
                        + " order by l.id desc")
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] a = (Object[]) r;
                    return new Latest(Rows.id(a[0]), (String) a[1], Rows.bool(a[2]));
                })
                .toList();
    }

    /** Each comment's first stance label of the item against the machine's stance before it. */
    public Counted stanceAgreement(long itemId) {
        return counted(
                itemId,
                "select count(*), coalesce(sum(case when l.machine_stance = l.stance then 1 else 0"
                        + " end), 0) from stance_label l where l.item_id = ? and l.machine_stance is not null and l.id ="
                        + " (select min(f.id) from stance_label f where f.comment_id = l.comment_id)");
    }

    /** Each comment and topic's first decision of the item against what the machine had read. */
    public Counted topicAgreement(long itemId) {
        return counted(
                itemId,
                "select count(*), coalesce(sum(case when l.machine_about = l.about then 1 else 0"
                        + " end), 0) from topic_label l where l.item_id = ? and l.machine_about is not null and l.id ="
                        + " (select min(f.id) from topic_label f where f.comment_id = l.comment_id and f.topic = l.topic)");
    }

    private Counted counted(long itemId, String sql) {
        Object[] r =
                (Object[]) em.createNativeQuery(sql).setParameter(1, itemId).getSingleResult();
        return new Counted(Rows.id(r[0]), Rows.id(r[1]));
    }
}
