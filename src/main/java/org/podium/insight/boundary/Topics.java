package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.podium.analysis.topic.Taxonomy;
import org.podium.analysis.topic.TopicModel;
import org.podium.comment.boundary.CommentReadings;
import org.podium.insight.control.LabelRows;
import org.podium.insight.control.TopicRows;

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
        long[] state = new LabelRows(em).topicState();
        long count = state[0];
        long last = state[1];
        TopicModel model = known != null && known.taxonomy() == t && known.count() == count && known.last() == last
                ? known.model()
                : count == 0 ? TopicModel.of(t) : TopicModel.train(t, decisions());
        learnt = new Learnt(t, count, last, model, now, gen);
        return model;
    }

    private List<TopicModel.Decision> decisions() {
        List<LabelRows.Latest> rows = new LabelRows(em).latestTopics(MAX_DECISIONS);
        Map<Long, String> texts =
                comments.texts(rows.stream().map(LabelRows.Latest::commentId).collect(Collectors.toSet()));
        return rows.stream()
                .filter(x -> texts.containsKey(x.commentId()))
                .map(x -> new TopicModel.Decision(texts.get(x.commentId()), x.value(), x.about()))
                .toList();
    }

    /** The names of the council's topics, in order. */
    public List<String> names() {
        return new TopicRows(em).all().stream().map(TopicRows.Row::name).toList();
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
            List<TopicRows.Row> rows = new TopicRows(em).all();
            t = new Taxonomy(rows.stream()
                    .map(r -> new Taxonomy.Topic(r.name(), TopicAdmin.keywords(r.keywords())))
                    .toList());
            Map<String, String> es = new HashMap<>();
            rows.stream().filter(r -> r.nameEs() != null).forEach(r -> es.put(r.name(), r.nameEs()));
            spanish = Map.copyOf(es);
            taxonomy = t;
            loadedAt = System.nanoTime();
        }
        return t;
    }
}
