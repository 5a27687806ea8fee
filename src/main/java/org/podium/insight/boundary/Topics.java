package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.podium.analysis.topic.Taxonomy;
import org.podium.analysis.topic.TopicModel;
import org.podium.comment.boundary.CommentReadings;

/**
 * The council's topics (table {@code topic}), read at most every ten seconds, and what the clerks' decisions about
 * them taught ({@link TopicModel}, trained again when the decisions change: checked against the database at most once
 * a second, and at once after a decision on this instance, so every instance of a cluster follows within the second).
 */
@ApplicationScoped
public class Topics {

    private static final long TTL_NANOS = 10_000_000_000L;
    /** The latest decisions read to train the topics (per comment and topic, newest first). */
    static final int MAX_DECISIONS = 20_000;

    private volatile Taxonomy taxonomy;
    private volatile Map<String, String> spanish = Map.of();
    private volatile long loadedAt;

    /** At most this often the clerks' decisions are counted again (not for each comment of a crowd). */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private record Learnt(
            Taxonomy taxonomy, long count, long last, TopicModel model, long checkedAt, long generation) {}

    private volatile Learnt learnt;

    /** How many times the decisions were forgotten: a check begun before a forget never stands after it. */
    private final AtomicLong generation = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    /** Read the topics again on next use (after a change on this instance; the others follow within ten seconds). */
    public void forget() {
        taxonomy = null;
        forgetDecisions();
    }

    /** A clerk decided a topic on this instance: the next reading counts the decisions again. */
    public void forgetDecisions() {
        generation.incrementAndGet();
        learnt = null;
    }

    /** The topics as the clerks taught them: their keywords, and their decisions once there are enough. */
    public TopicModel model() {
        Taxonomy t = taxonomy();
        long gen = generation.get();
        long now = System.nanoTime();
        Learnt known = learnt;
        if (known != null
                && known.taxonomy() == t
                && known.generation() == gen
                && now - known.checkedAt() < RECHECK_NANOS) {
            return known.model();
        }
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(max(id), 0) from topic_label")
                .getSingleResult();
        long count = ((Number) r[0]).longValue();
        long last = ((Number) r[1]).longValue();
        TopicModel model = known != null && known.taxonomy() == t && known.count() == count && known.last() == last
                ? known.model()
                : count == 0 ? TopicModel.of(t) : TopicModel.train(t, decisions());
        learnt = new Learnt(t, count, last, model, now, gen);
        return model;
    }

    private List<TopicModel.Decision> decisions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select l.comment_id, l.topic, l.about from topic_label l where l.id ="
                                + " (select max(x.id) from topic_label x where x.comment_id = l.comment_id and x.topic = l.topic)"
                                + " order by l.id desc")
                .setMaxResults(MAX_DECISIONS)
                .getResultList();
        Map<Long, String> texts = comments.texts(
                rows.stream().map(x -> ((Number) x[0]).longValue()).collect(Collectors.toSet()));
        return rows.stream()
                .filter(x -> texts.containsKey(((Number) x[0]).longValue()))
                .map(x -> new TopicModel.Decision(texts.get(((Number) x[0]).longValue()), (String) x[1], bool(x[2])))
                .toList();
    }

    static boolean bool(Object v) {
        return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
    }

    /** The names of the council's topics, in order. */
    public List<String> names() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from topic order by sort_order, id")
                .getResultList();
        return names;
    }

    /**
     * A topic's name as a reader of that language sees it: the clerks' Spanish name on a page in Spanish, where they
     * gave one; else the name itself (the council's English word, which the page then marks, see {@link #translated}).
     */
    public String name(String name, Locale lang) {
        if (name == null || !"es".equals(lang.getLanguage())) {
            return name;
        }
        taxonomy();
        return spanish.getOrDefault(name, name);
    }

    /** True when the topic has a name in the reader's language (English names are the original). */
    public boolean translated(String name, Locale lang) {
        if (!"es".equals(lang.getLanguage())) {
            return true;
        }
        taxonomy();
        return spanish.containsKey(name);
    }

    public Taxonomy taxonomy() {
        Taxonomy t = taxonomy;
        if (t == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select name, keywords, name_es from topic order by sort_order," + " id")
                    .getResultList();
            t = new Taxonomy(rows.stream()
                    .map(r -> new Taxonomy.Topic(
                            (String) r[0],
                            Arrays.stream(((String) r[1]).split(","))
                                    .map(String::strip)
                                    .filter(k -> !k.isEmpty())
                                    .toList()))
                    .toList());
            Map<String, String> es = new HashMap<>();
            rows.stream().filter(r -> r[2] != null).forEach(r -> es.put((String) r[0], (String) r[2]));
            spanish = Map.copyOf(es);
            taxonomy = t;
            loadedAt = System.nanoTime();
        }
        return t;
    }
}
