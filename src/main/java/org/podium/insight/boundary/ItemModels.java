package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Stance;

/**
 * Each item's own stance model, trained on its clerks' labels (the latest per comment, weight 1) and the positions
 * residents declared on the other comments (weight 0.3), once at least {@link #MIN_LABELS} comments carry a clerk's
 * label of two stances or more; before that the item has none and cue phrases and the general model answer. Kept per
 * instance and retrained when the item's labels change (checked against the database on each use, so every instance
 * of a cluster follows).
 */
@ApplicationScoped
public class ItemModels {

    static final int MIN_LABELS = 10;
    static final double DECLARED_WEIGHT = 0.3;
    static final int MAX_DECLARED = 5000;

    private record Cached(long count, long last, ItemModel model) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The item's model, or null while it has too few labels. */
    public ItemModel of(long itemId) {
        Object[] r = (Object[])
                em.createNativeQuery("select count(*), coalesce(max(id), 0) from stance_label" + " where item_id = ?")
                        .setParameter(1, itemId)
                        .getSingleResult();
        long count = ((Number) r[0]).longValue();
        long last = ((Number) r[1]).longValue();
        Cached c = cache.get(itemId);
        if (c != null && c.count() == count && c.last() == last) {
            return c.model();
        }
        ItemModel model = count == 0 ? null : train(itemId);
        cache.put(itemId, new Cached(count, last, model));
        return model;
    }

    @SuppressWarnings("unchecked")
    private ItemModel train(long itemId) {
        List<Object[]> labelled = em.createNativeQuery("select c.body, l.stance from stance_label l join comment c on"
                        + " c.id = l.comment_id where l.item_id = ? and l.id = (select max(x.id) from stance_label x where"
                        + " x.comment_id = l.comment_id)")
                .setParameter(1, itemId)
                .getResultList();
        if (labelled.size() < MIN_LABELS
                || labelled.stream().map(x -> x[1]).distinct().count() < 2) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Object[] x : labelled) {
            texts.add((String) x[0]);
            labels.add(Stance.valueOf((String) x[1]));
            weights.add(1.0);
        }
        List<Object[]> declared = em.createNativeQuery("select c.body, c.position from comment c where c.item_id = ?"
                        + " and c.position is not null and c.status <> 'WITHDRAWN' and not exists (select 1 from stance_label l"
                        + " where l.comment_id = c.id) order by c.id desc")
                .setParameter(1, itemId)
                .setMaxResults(MAX_DECLARED)
                .getResultList();
        for (Object[] x : declared) {
            texts.add((String) x[0]);
            labels.add(Stance.valueOf((String) x[1]));
            weights.add(DECLARED_WEIGHT);
        }
        return ItemModel.train(
                texts, labels, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
