package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Stance;
import org.podium.analysis.text.SentenceVectors;
import org.podium.comment.boundary.CommentReadings;
import org.podium.insight.control.LabelRows;
import org.podium.meeting.entity.AgendaItem;

/**
 * Each item's own stance model, trained on its clerks' labels (the latest per comment, weight 1) and the positions
 * residents declared on the other comments (weight 0.3), once at least {@link #MIN_LABELS} comments carry a clerk's
 * label of two stances or more; before that the item has none and cue phrases and the general model answer, as they
 * still do while the model reads the labelled comments worse than they do ({@link ItemModel#trusted}). Kept per
 * instance and retrained when the item's labels change: checked against the database at most once per
 * {@link #RECHECK_NANOS} per item (a crowd filing on one item does not count its labels for each comment), and at once
 * after a label on this instance ({@link #forget}); the other instances of a cluster follow within that second.
 */
@ApplicationScoped
public class ItemModels {

    static final int MIN_LABELS = 10;
    static final double DECLARED_WEIGHT = 0.3;
    static final int MAX_DECLARED = 5000;

    static final long RECHECK_NANOS = 1_000_000_000L;

    private record Cached(long count, long last, ItemModel model, long checkedAt, long generation) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** The models that read meaning too, trained in the background: per item, for the labels' state they saw. */
    private record WithMeaning(long count, long last, ItemModel model) {}

    private final Map<Long, WithMeaning> withMeaning = new ConcurrentHashMap<>();

    /** Per item, how many times it was forgotten: a check begun before a forget never stands after it. */
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    /** The item's model, or null while it has too few labels. */
    public ItemModel of(long itemId) {
        long generation = generation(itemId).get();
        long now = System.nanoTime();
        Cached c = cache.get(itemId);
        if (c != null && c.generation() == generation && now - c.checkedAt() < RECHECK_NANOS) {
            return c.model();
        }
        long[] state = new LabelRows(em).stanceState(itemId);
        long count = state[0];
        long last = state[1];
        ItemModel model =
                c != null && c.count() == count && c.last() == last ? c.model() : count == 0 ? null : train(itemId);
        cache.put(itemId, new Cached(count, last, model, now, generation));
        return model;
    }

    /**
     * The item's model trained with the sentence model as well ({@link ItemModel#readsMeaning}), for the readings
     * completed in the background, never on a resident's wait (embedding the labelled comments costs seconds); null
     * while the item has no model. Trained again when the labels behind {@link #of} changed.
     */
    public ItemModel withMeaning(long itemId, SentenceVectors vectors) {
        if (of(itemId) == null) {
            withMeaning.remove(itemId);
            return null;
        }
        Cached c = cache.get(itemId);
        WithMeaning w = withMeaning.get(itemId);
        if (w != null && c != null && w.count() == c.count() && w.last() == c.last()) {
            return w.model();
        }
        Rows rows = rows(itemId);
        if (rows == null) {
            return null;
        }
        ItemModel model = ItemModel.trainChecked(
                rows.target(), rows.texts(), rows.labels(), rows.weights(), vectors.of(rows.texts()), Insight.STANCE);
        if (c != null) {
            withMeaning.put(itemId, new WithMeaning(c.count(), c.last(), model));
        }
        return model;
    }

    /** The item's labels changed on this instance: its next use checks them again. */
    public void forget(long itemId) {
        generation(itemId).incrementAndGet();
    }

    private AtomicLong generation(long itemId) {
        return generations.computeIfAbsent(itemId, k -> new AtomicLong());
    }

    private ItemModel train(long itemId) {
        Rows rows = rows(itemId);
        return rows == null
                ? null
                : ItemModel.trainChecked(
                        rows.target(), rows.texts(), rows.labels(), rows.weights(), null, Insight.STANCE);
    }

    /** What an item's model learns from: texts, their labels and the weight of each; and what it is checked on. */
    private record Rows(String target, List<String> texts, List<Stance> labels, double[] weights) {}

    /** The item's training rows; null while it has too few labels. */
    private Rows rows(long itemId) {
        // each labelled comment's latest label
        List<LabelRows.Latest> labelled = new LabelRows(em).latestStances(itemId);
        Map<Long, String> labelledTexts = comments.texts(
                labelled.stream().map(LabelRows.Latest::commentId).toList());
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (LabelRows.Latest x : labelled) {
            String text = labelledTexts.get(x.commentId());
            if (text != null) {
                texts.add(text);
                labels.add(Stance.valueOf(x.value()));
                weights.add(1.0);
            }
        }
        if (texts.size() < MIN_LABELS || labels.stream().distinct().count() < 2) {
            return null;
        }
        for (Object[] x : comments.declared(itemId, labelledTexts.keySet(), MAX_DECLARED)) {
            texts.add((String) x[0]);
            labels.add(Stance.valueOf(((Enum<?>) x[1]).name()));
            weights.add(DECLARED_WEIGHT);
        }
        AgendaItem item = em.find(AgendaItem.class, itemId);
        return new Rows(
                item == null ? "" : Insight.target(item),
                texts,
                labels,
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
