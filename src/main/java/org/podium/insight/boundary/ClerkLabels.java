package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.boundary.CommentReadings;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.insight.control.LabelRows;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

/**
 * Clerks correct the machine: a comment's stance (one by one or a whole campaign at once) and its topics, each kept
 * with who and when, teaching the item's model and the council's topics; and how often the machine agreed with them.
 */
@Stateless
@PermitAll
public class ClerkLabels {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    CommentReadings comments;

    @Inject
    Topics topics;

    @Inject
    AuditTrail audit;

    @Inject
    Event<LabelsChanged> labelsChanged;

    @Inject
    Event<TopicLabelsChanged> topicLabelsChanged;

    /**
     * A clerk labels (or confirms) a comment's stance: the label is kept with who and when, the item's model learns
     * it, and the item's other comments are read again (after the commit). Returns the comment.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment label(String trackingNumber, String stanceName) {
        Position stance;
        try {
            stance = Position.valueOf(
                    stanceName == null ? "" : stanceName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("stance", "analysis.stance.required");
        }
        Comment c = comment(trackingNumber);
        Account clerk = caller();
        String machine = c.getReading().isByClerk()
                ? machineBefore(c)
                : c.getReading().getStance() == null
                        ? null
                        : c.getReading().getStance().name();
        new LabelRows(em)
                .stance(
                        c.getId(),
                        c.getItem().getId(),
                        stance.name(),
                        machine,
                        clerk == null ? null : clerk.getId(),
                        clerk == null ? null : clerk.getDisplayName());
        boolean mismatch = c.getPosition() != null
                && c.getPosition() != Position.NEUTRAL
                && stance != Position.NEUTRAL
                && c.getPosition() != stance;
        comments.setClerkStance(c.getId(), stance, mismatch);
        audit.record("comment.stance", "comment", c.getId(), stance.name());
        labelsChanged.fire(new LabelsChanged(c.getItem().getId()));
        em.refresh(c);
        return c;
    }

    /**
     * A clerk sets a comment's topics (names of the council's topics); kept through later re-readings. Every topic of
     * the council is a decision (the clerk saw them all): about the comment or not, kept with who and when; they teach
     * the topics, and the item's other comments are read again (after the commit). Returns the comment.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment setTopics(String trackingNumber, List<String> names) {
        List<String> known = topics.names();
        List<String> chosen = names == null
                ? List.of()
                : names.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .distinct()
                        .toList();
        for (int i = 0; i < chosen.size(); i++) {
            if (!known.contains(chosen.get(i))) {
                throw PodiumException.invalid("topics[" + i + "]", "analysis.topic.unknown", chosen.get(i));
            }
        }
        Comment c = comment(trackingNumber);
        Account clerk = caller();
        Map<String, Boolean> first = machineReadings(c);
        for (String topic : known) {
            decide(c, topic, chosen.contains(topic), clerk, first);
        }
        return storeTopics(c, chosen);
    }

    /**
     * A clerk puts one topic on a comment, or takes it off (one key in the queue): a decision about that topic,
     * kept with who and when, which teaches it. Returns the comment.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment toggleTopic(String trackingNumber, String topic) {
        List<String> known = topics.names();
        String name = topic == null ? "" : topic.strip();
        if (!known.contains(name)) {
            throw PodiumException.invalid("topic", "analysis.topic.unknown", name);
        }
        Comment c = comment(trackingNumber);
        List<String> now = new ArrayList<>(c.getReading().getTopicList());
        boolean about = !now.contains(name);
        if (about) {
            now.add(name);
        } else {
            now.remove(name);
        }
        decide(c, name, about, caller(), machineReadings(c));
        // the council's order, then any topic no longer kept
        List<String> ordered =
                new ArrayList<>(known.stream().filter(now::contains).toList());
        now.stream().filter(t -> !known.contains(t)).forEach(ordered::add);
        return storeTopics(c, ordered);
    }

    private Comment comment(String trackingNumber) {
        return comments.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> PodiumException.notFound("comment.notFound"));
    }

    /** The signed-in clerk's account. */
    private Account caller() {
        return em.find(
                Account.class, Long.parseLong(security.getCallerPrincipal().getName()));
    }

    /** What the machine had read of each topic the comment has decisions on (the first decision's record). */
    private Map<String, Boolean> machineReadings(Comment c) {
        return new LabelRows(em).machineTopicsBefore(c.getId());
    }

    /** Keeps a clerk's decision on a comment and topic, with what the machine had read before the first one. */
    private void decide(Comment c, String topic, boolean about, Account clerk, Map<String, Boolean> first) {
        // before the first decision on this topic the comment's list holds the machine's reading of it
        Boolean machine = first.containsKey(topic)
                ? first.get(topic)
                : Boolean.valueOf(c.getReading().getTopicList().contains(topic));
        new LabelRows(em)
                .topic(
                        c.getId(),
                        c.getItem().getId(),
                        topic,
                        about,
                        machine,
                        clerk == null ? null : clerk.getId(),
                        clerk == null ? null : clerk.getDisplayName());
    }

    private Comment storeTopics(Comment c, List<String> chosen) {
        comments.setClerkTopics(c.getId(), chosen);
        audit.record("comment.topics", "comment", c.getId(), String.join("|", chosen));
        topicLabelsChanged.fire(new TopicLabelsChanged(c.getItem().getId()));
        em.refresh(c);
        return c;
    }

    /** The machine's stance before the first clerk label of a comment (what the agreement is measured against). */
    private String machineBefore(Comment c) {
        return new LabelRows(em).machineStanceBefore(c.getId());
    }

    /** A clerk labels every comment of a campaign (exceptions are labelled again one by one). Returns how many. */
    @RolesAllowed(Role.CLERK_NAME)
    public int labelCampaign(long campaignId, String stance) {
        List<String> members = comments.campaignTrackingNumbers(campaignId);
        if (members.isEmpty()) {
            throw PodiumException.notFound("analysis.campaign.notFound");
        }
        members.forEach(t -> label(t, stance));
        return members.size();
    }

    /** How often the machine agreed with the clerks on an item: each comment's first label against the prediction. */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME, Role.COUNCIL_NAME})
    public Agreement agreement(long itemId) {
        return agreement(itemId, new LabelRows(em)::stanceAgreement);
    }

    /** Counted by {@code count} for the item, which must exist. */
    private Agreement agreement(long itemId, LongFunction<LabelRows.Counted> count) {
        if (em.find(AgendaItem.class, itemId) == null) {
            throw PodiumException.notFound("item.notFound");
        }
        LabelRows.Counted c = count.apply(itemId);
        return new Agreement(c.agreed(), c.labelled());
    }

    /**
     * How often the machine's topics agreed with the clerks on an item: each comment and topic's first decision
     * against what the machine had read.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME, Role.COUNCIL_NAME})
    public Agreement topicAgreement(long itemId) {
        return agreement(itemId, new LabelRows(em)::topicAgreement);
    }

    /** How often the machine's stance agreed with the clerks' labels on an item. */
    public record Agreement(long agreed, long labelled) implements Serializable {
        public Integer percent() {
            return labelled == 0 ? null : (int) Math.round(100.0 * agreed / labelled);
        }
    }

    /** The names of the council's topics, in order (staff). */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME, Role.COUNCIL_NAME})
    public List<String> topicNames() {
        return topics.names();
    }
}
