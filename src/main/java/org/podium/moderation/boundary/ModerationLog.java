package org.podium.moderation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentEvent;
import org.podium.comment.entity.CommentStatus;
import org.podium.council.entity.ModerationReason;
import org.podium.meeting.boundary.Meetings;
import org.podium.platform.PodiumException;

/**
 * The public moderation log of a meeting: how many comments are not published, for which reasons of the posting
 * policy, and when they were rejected — never their text, their author or anything the author wrote.
 */
@Stateless
@PermitAll
public class ModerationLog {

    /** One rejection: when, on which item, for which reason (its code and public wording). */
    public record Entry(Instant at, String item, String code, String reason, String kind) {

        public String getKind() {
            return kind;
        }
        // JavaBean getters: Expression Language 5 (Jakarta EE 10) does not read record components

        public Instant getAt() {
            return at;
        }

        public String getItem() {
            return item;
        }

        public String getReason() {
            return reason;
        }
    }

    /** A reason with the number of comments rejected for it. */
    public record Count(String code, String reason, long count) {

        public String getReason() {
            return reason;
        }

        public long getCount() {
            return count;
        }
    }

    public record Log(long meetingId, long rejected, long redacted, List<Count> byReason, List<Entry> entries) {

        public long getRedacted() {
            return redacted;
        }

        public long getRejected() {
            return rejected;
        }

        public List<Count> getByReason() {
            return byReason;
        }

        public List<Entry> getEntries() {
            return entries;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    /** The log of a published meeting (404 otherwise); reasons in the reader's language. */
    public Log of(long meetingId, Locale lang) {
        meetings.publishedMeeting(meetingId).orElseThrow(() -> PodiumException.notFound("meeting.notFound"));
        // each comment that is rejected now, with the decision that rejected it last
        List<CommentEvent> events = em.createQuery(
                        "select e from CommentEvent e join fetch e.comment c"
                                + " join fetch c.item i where i.meeting.id = :m and c.status = :rejected and e.status = :rejected"
                                + " and e.id = (select max(e2.id) from CommentEvent e2 where e2.comment = c and e2.status = :rejected)"
                                + " order by e.occurredAt, e.id",
                        CommentEvent.class)
                .setParameter("m", meetingId)
                .setParameter("rejected", CommentStatus.REJECTED)
                .getResultList();
        Map<String, ModerationReason> policyReasons = new HashMap<>();
        em.createQuery("select r from ModerationReason r", ModerationReason.class)
                .getResultList()
                .forEach(r -> policyReasons.put(r.getCode(), r));
        Map<String, String> wording = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (CommentEvent e : events) {
            // a note that is not a policy code (a free-text reason of an earlier build) is never shown
            ModerationReason reason = e.getNote() == null ? null : policyReasons.get(e.getNote());
            String code = reason != null ? reason.getCode() : "other";
            String text = wording.computeIfAbsent(code, k -> reason == null ? "" : reason.publicText(lang));
            counts.merge(code, 1L, Long::sum);
            entries.add(new Entry(e.getOccurredAt(), e.getItemNumber(), code, text, "rejected"));
        }
        // each comment with redactions now, with the redaction that made them (never the spans or the text)
        List<CommentDecision> redactions = em.createQuery(
                        "select d from CommentDecision d join fetch d.comment c"
                                + " join fetch c.item i where i.meeting.id = :m and c.moderation.redactions is not null and d.decision = :redact"
                                + " and d.id = (select max(d2.id) from CommentDecision d2 where d2.comment = c and d2.decision = :redact)"
                                + " order by d.decidedAt, d.id",
                        CommentDecision.class)
                .setParameter("m", meetingId)
                .setParameter("redact", CommentDecision.Kind.REDACT)
                .getResultList();
        for (CommentDecision d : redactions) {
            ModerationReason reason = d.getReason() == null ? null : policyReasons.get(d.getReason());
            entries.add(new Entry(
                    d.getDecidedAt(),
                    d.getComment().getItem().getNumber(),
                    reason == null ? "other" : reason.getCode(),
                    reason == null ? "" : reason.publicText(lang),
                    "redacted"));
        }
        entries.sort(Comparator.comparing(Entry::at));
        List<Count> byReason = counts.entrySet().stream()
                .map(c -> new Count(c.getKey(), wording.get(c.getKey()), c.getValue()))
                .toList();
        return new Log(meetingId, events.size(), redactions.size(), byReason, entries);
    }
}
