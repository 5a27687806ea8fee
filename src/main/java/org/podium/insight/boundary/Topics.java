package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.podium.analysis.topic.Taxonomy;

/** The council's topics (table {@code topic}), read at most every ten seconds. */
@ApplicationScoped
public class Topics {

    private static final long TTL_NANOS = 10_000_000_000L;

    private volatile Taxonomy taxonomy;
    private volatile long loadedAt;

    @PersistenceContext
    EntityManager em;

    /** Read the topics again on next use (after a change on this instance; the others follow within ten seconds). */
    public void forget() {
        taxonomy = null;
    }

    /** The names of the council's topics, in order. */
    public List<String> names() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from topic order by sort_order, id").getResultList();
        return names;
    }

    public Taxonomy taxonomy() {
        Taxonomy t = taxonomy;
        if (t == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select name, keywords from topic order by sort_order, id")
                    .getResultList();
            t = new Taxonomy(rows.stream().map(r -> new Taxonomy.Topic((String) r[0],
                    Arrays.stream(((String) r[1]).split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList()))
                    .toList());
            taxonomy = t;
            loadedAt = System.nanoTime();
        }
        return t;
    }
}
