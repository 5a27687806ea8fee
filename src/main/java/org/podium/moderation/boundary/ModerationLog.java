package org.podium.moderation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.comment.boundary.MeetingComments;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentEvent;
import org.podium.council.boundary.PostingPolicy;
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

    @Inject
    Meetings meetings;

    @Inject
    MeetingComments meetingComments;

    @Inject
    PostingPolicy policy;

    /** The log of a published meeting (404 otherwise); reasons in the reader's language. */
    public Log of(long meetingId, Locale lang) {
        meetings.publishedMeeting(meetingId).orElseThrow(() -> PodiumException.notFound("meeting.notFound"));
        // each comment that is rejected now, with the decision that rejected it last
        List<CommentEvent> events = meetingComments.rejections(meetingId);
        Map<String, ModerationReason> policyReasons = policy.everyByCode();
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
        List<CommentDecision> redactions = meetingComments.redactions(meetingId);
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
