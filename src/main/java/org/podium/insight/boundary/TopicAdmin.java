package org.podium.insight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.podium.account.entity.Role;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.topic.Clusters;
import org.podium.analysis.topic.TopicModel;
import org.podium.audit.AuditTrail;
import org.podium.comment.boundary.CommentReadings;
import org.podium.insight.control.TopicRows;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

/**
 * The council's topics, kept by clerks: each a name and keywords. A change re-reads every comment's topics in the
 * background. Also the groups of similar comments discovered on an item, for a clerk to name and make a topic.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
public class TopicAdmin {

    private static final Logger LOG = Logger.getLogger(TopicAdmin.class.getName());
    public static final int MAX_TOPICS = 50;
    public static final int MAX_KEYWORDS = 50;
    static final int MAX_GROUPED = 500;

    /** A group of similar comments: its size, its top terms, two of its texts. */
    /** A group of similar comments: how many, its name (a key phrase residents wrote), its top terms, two examples. */
    public record Group(int size, String name, List<String> topTerms, List<String> examples) implements Serializable {}

    /** A topic as the clerks keep it: its name, its name in Spanish (null: none given yet), its keywords. */
    public record Entry(String name, String nameEs, List<String> keywords) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    @Inject
    Topics topics;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TopicsChanged> changed;

    public List<Entry> list() {
        return new TopicRows(em)
                .all().stream()
                        .map(r -> new Entry(r.name(), r.nameEs(), keywords(r.keywords())))
                        .toList();
    }

    static List<String> keywords(String joined) {
        return Arrays.stream(joined.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    /** Replaces the topics (a clerk); every comment's topics are read again after the commit. */
    @RolesAllowed(Role.CLERK_NAME)
    public List<Entry> replace(List<Entry> given) {
        List<Entry> clean = check(given);
        new TopicRows(em)
                .replace(clean.stream()
                        .map(t -> new TopicRows.Row(t.name(), t.nameEs(), String.join(", ", t.keywords())))
                        .toList());
        audit.record("topics.replace", "topic", null, clean.size() + " topics");
        topics.forget();
        changed.fire(new TopicsChanged());
        return clean;
    }

    /**
     * Each topic: a name of 1 to 120 characters, unique; optionally a Spanish name, the same way (unique among the
     * Spanish names); 1 to 50 keywords of at most 60 characters each. Names hold no comma, colon or bar (the topics
     * page writes a topic as "Name | Spanish name: keyword, keyword").
     */
    static List<Entry> check(List<Entry> given) {
        if (given == null) {
            throw PodiumException.invalid("topics", "topics.required");
        }
        if (given.size() > MAX_TOPICS) {
            throw PodiumException.invalid("topics", "topics.tooMany", MAX_TOPICS);
        }
        Set<String> names = new HashSet<>();
        Set<String> namesEs = new HashSet<>();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Entry t = given.get(i);
            String field = "topics[" + i + "]";
            String name = t == null || t.name() == null ? "" : t.name().strip();
            if (!validName(name)) {
                throw PodiumException.invalid(field + ".name", "topics.name.invalid", i + 1);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw PodiumException.invalid(field + ".name", "topics.name.duplicate", name);
            }
            String nameEs = t.nameEs() == null || t.nameEs().isBlank()
                    ? null
                    : t.nameEs().strip();
            if (nameEs != null && !validName(nameEs)) {
                throw PodiumException.invalid(field + ".nameEs", "topics.nameEs.invalid", name);
            }
            if (nameEs != null && !namesEs.add(nameEs.toLowerCase(Locale.ROOT))) {
                throw PodiumException.invalid(field + ".nameEs", "topics.name.duplicate", nameEs);
            }
            List<String> kws = t.keywords() == null
                    ? List.of()
                    : t.keywords().stream()
                            .filter(k -> k != null)
                            .map(String::strip)
                            .filter(k -> !k.isEmpty())
                            .distinct()
                            .toList();
            if (kws.isEmpty()
                    || kws.size() > MAX_KEYWORDS
                    || kws.stream().anyMatch(k -> k.length() > 60 || k.contains(","))
                    || String.join(", ", kws).length() > 2000) {
                throw PodiumException.invalid(field + ".keywords", "topics.keywords.invalid", name, MAX_KEYWORDS);
            }
            out.add(new Entry(name, nameEs, kws));
        }
        return out;
    }

    private static boolean validName(String name) {
        return !name.isEmpty()
                && name.length() <= 120
                && name.indexOf(',') < 0
                && name.indexOf(':') < 0
                && name.indexOf('|') < 0;
    }

    /** Reads every comment's topics again with the current topics (in the background, after a change). */
    @Asynchronous
    public void retopic() {
        topics.forget();
        TopicModel model = topics.model();
        long after = 0;
        int done = 0;
        while (true) {
            List<CommentReadings.Text> rows = comments.forTopicsAfter(after, 500);
            if (rows.isEmpty()) {
                break;
            }
            for (CommentReadings.Text t : rows) {
                after = t.id();
                comments.setMachineTopics(t.id(), model.topicsOf(Prepared.of(t.body())));
                done++;
            }
            em.flush();
            em.clear();
        }
        int n = done;
        LOG.info(() -> "topics read again for " + n + " comments");
    }

    /**
     * Groups of similar comments on an item, one text per campaign (so that a form letter is one voice), the latest
     * {@value #MAX_GROUPED}, withdrawn ones left out; each with its top terms for a clerk to name.
     */
    public List<Group> groups(long itemId) {
        if (em.find(AgendaItem.class, itemId) == null) {
            throw PodiumException.notFound("item.notFound");
        }
        List<String> texts = comments.voices(itemId, MAX_GROUPED);
        List<Group> out = new ArrayList<>();
        for (Clusters.Cluster c : Clusters.discover(texts, 8)) {
            out.add(new Group(
                    c.members().size(),
                    c.name(),
                    c.topTerms(),
                    c.members().stream()
                            .limit(2)
                            .map(i -> excerpt(texts.get(i)))
                            .toList()));
        }
        return out;
    }

    private static String excerpt(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
