package org.podium.insight.control;

import jakarta.persistence.EntityManager;
import java.util.List;

/** The SQL of the council's topics ({@code topic}), in the caller's transaction, in the council's order. */
public final class TopicRows {

    /** A topic as stored: its name, its Spanish name (or null), its keywords as the clerks wrote them. */
    public record Row(String name, String nameEs, String keywords) {}

    private final EntityManager em;

    public TopicRows(EntityManager em) {
        this.em = em;
    }

    public List<Row> all() {
        return em
                .createNativeQuery("select name, name_es, keywords from topic order by sort_order, id")
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] a = (Object[]) r;
                    return new Row((String) a[0], (String) a[1], (String) a[2]);
                })
                .toList();
    }

    /** The topics from now on, in this order. */
    public void replace(List<Row> topics) {
        em.createNativeQuery("delete from topic").executeUpdate();
        int order = 1;
        for (Row t : topics) {
            em.createNativeQuery("insert into topic (name, name_es, keywords, sort_order) values (?, ?, ?, ?)")
                    .setParameter(1, t.name())
                    .setParameter(2, t.nameEs())
                    .setParameter(3, t.keywords())
                    .setParameter(4, order++)
                    .executeUpdate();
        }
    }
}
