package org.podium.record.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.boundary.MeetingComments;
import org.podium.comment.control.PreScreen;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentEvent;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Span;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumException;
import org.podium.platform.Sql;
import org.podium.record.control.Canonical;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;

/**
 * The official record of a meeting. A clerk finalizes it once the meeting is adjourned and every comment is decided:
 * one entry for the meeting and its agenda, one per comment (the text as published, redactions applied; no text for
 * rejected or withdrawn comments), one per speaker in the chamber, one per moderation decision of the public log —
 * each entry's canonical JSON chained to the one before by SHA-256. Published and record-only comments are then "in
 * the record". Verification recomputes the chain, and each comment's entry from the comment as it is now.
 */
@Stateless
@PermitAll
public class Records {

    /** The record as stored: when, by whom, how many entries, the final hash. */
    public record Summary(long meetingId, Instant finalizedAt, int entries, String finalHash) {}

    /**
     * One entry: its place in the chain, its kind, its content (canonical JSON: what is hashed) and hashes; from format
     * 2 on, its personal fields beside it ({@code {"name","salt"}}, or {@code {"erased":true}}), outside the hash.
     */
    public record Entry(int seq, String kind, String content, String previousHash, String hash, String personal) {

        /** What is hashed. */
        public JsonObject data() {
            return parse(content);
        }

        /** The personal fields kept beside the entry (null when it has none, or in format 1). */
        public JsonObject personalData() {
            return personal == null ? null : parse(personal);
        }

        public boolean erased() {
            JsonObject p = personalData();
            return p != null && p.getBoolean("erased", false);
        }

        /** The entry as people read it (the PDF, the CSV): the name back in place of its commitment, null if erased. */
        public JsonObject view() {
            JsonObject d = data();
            if (!d.containsKey(COMMITMENT)) {
                return d;
            }
            var b = Json.createObjectBuilder(d);
            b.remove(COMMITMENT);
            JsonObject p = personalData();
            if (p != null && p.get("name") instanceof JsonString name) {
                b.add("name", name);
            } else {
                b.addNull("name");
            }
            return b.build();
        }

        private static JsonObject parse(String json) {
            try (var r = Json.createReader(new StringReader(json))) {
                return r.readObject();
            }
        }
    }

    /** The key under which format 2 commits to a name. */
    public static final String COMMITMENT = "nameCommitment";
    /** The record format finalized from now on: personal fields committed to with a salt (docs/record.md). */
    public static final int FORMAT = 2;

    /** The personal fields of an entry: the name pulled out of what is hashed, committed to with a new salt. */
    static String commitPersonal(Map<String, Object> entry) {
        Object name = entry.remove("name");
        if (name == null) {
            entry.put(COMMITMENT, null);
            return null;
        }
        String salt = Canonical.salt();
        entry.put(COMMITMENT, Canonical.commit(salt, (String) name));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("salt", salt);
        return Canonical.json(p);
    }

    /** The ids whose names must stay where they are (their record is of format 1, whose hash holds the name). */
    public record Kept(Set<Long> comments, Set<Long> speakers) {}

    /** The verification: valid, or the first entry that no longer matches and why. */
    public record Verification(
            long meetingId,
            boolean valid,
            int entries,
            String finalHash,
            Integer firstMismatch,
            String mismatchKind,
            String mismatchRef,
            String reason) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    AuditTrail audit;

    @Inject
    MeetingComments meetingComments;

    @Inject
    Speakers speakers;

    @Inject
    Event<RecordWriter.Finalized> finalized;

    /**
     * Finalizes the record of an adjourned meeting (clerks). Idempotent: a record finalized already is answered as it
     * is, unchanged.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Summary finalize(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        Optional<Summary> existing = summary(meetingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (m.getStatus() != MeetingStatus.ADJOURNED) {
            throw PodiumException.conflict("status", "record.notAdjourned");
        }
        // every comment of the meeting under a row lock: a clerk's decision in flight lands before, or is refused after
        List<Comment> comments = meetingComments.lockedForRecord(meetingId);
        long waiting = comments.stream()
                .filter(c -> c.getStatus() == CommentStatus.RECEIVED)
                .count();
        if (waiting > 0) {
            throw PodiumException.conflict("comments", "record.undecided", waiting);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Long> refs = new ArrayList<>();
        entries.add(meetingEntry(m));
        refs.add(m.getId());
        Map<Long, String> trackingOf = new HashMap<>();
        comments.forEach(c -> trackingOf.put(c.getId(), c.getTrackingNumber()));
        Map<Long, Long> campaignSizes = new HashMap<>();
        comments.stream()
                .filter(c -> c.getCampaignId() != null)
                .forEach(c -> campaignSizes.merge(c.getCampaignId(), 1L, Long::sum));
        for (AgendaItem item : m.getItems()) {
            for (Comment c : comments) {
                if (c.getItem().getId().equals(item.getId())) {
                    entries.add(commentEntry(c, trackingOf, campaignSizes));
                    refs.add(c.getId());
                }
            }
        }
        for (Speaker s : speakers.forRecord(meetingId)) {
            entries.add(speakerEntry(s));
            refs.add(s.getId());
        }
        for (Map<String, Object> e : moderationEntries(meetingId)) {
            entries.add(e);
            refs.add(null);
        }
        m.recordFinalized(now);
        List<String> personal = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            Object type = e.get("type");
            personal.add("comment".equals(type) || "speaker".equals(type) ? commitPersonal(e) : null);
        }
        String previous = Canonical.ZERO;
        var insert = "insert into record_entry (meeting_id, seq, kind, ref_id, content, prev_hash, hash, personal)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        String by = security.getCallerPrincipal() == null
                ? "system"
                : security.getCallerPrincipal().getName();
        em.createNativeQuery("insert into meeting_record (meeting_id, finalized_at, finalized_by, entries, final_hash,"
                        + " format) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, meetingId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, by)
                .setParameter(4, entries.size())
                .setParameter(5, Canonical.ZERO)
                .setParameter(6, FORMAT)
                .executeUpdate();
        for (int i = 0; i < entries.size(); i++) {
            String content = Canonical.json(entries.get(i));
            String hash = Canonical.chain(previous, content);
            em.createNativeQuery(insert)
                    .setParameter(1, meetingId)
                    .setParameter(2, i + 1)
                    .setParameter(3, entries.get(i).get("type"))
                    .setParameter(4, refs.get(i))
                    .setParameter(5, content)
                    .setParameter(6, previous)
                    .setParameter(7, hash)
                    .setParameter(8, personal.get(i))
                    .executeUpdate();
            previous = hash;
        }
        em.createNativeQuery("update meeting_record set final_hash = ? where meeting_id = ?")
                .setParameter(1, previous)
                .setParameter(2, meetingId)
                .executeUpdate();
        meetingComments.markRecorded(meetingId, now);
        audit.record("record.finalize", "meeting", meetingId, entries.size() + " entries, final hash " + previous);
        finalized.fire(new RecordWriter.Finalized(meetingId));
        return new Summary(meetingId, now, entries.size(), previous);
    }

    /** The record's summary for the clerks' console (404 when the meeting is not there or not finalized). */
    @RolesAllowed(Role.CLERK_NAME)
    public Summary finalized(long meetingId) {
        if (em.find(Meeting.class, meetingId) == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        return summary(meetingId).orElseThrow(() -> PodiumException.notFound("record.notFound"));
    }

    /** The stored record's summary, if the meeting's record is finalized. */
    public Optional<Summary> summary(long meetingId) {
        List<?> rows = em.createNativeQuery(
                        "select finalized_at, entries, final_hash from meeting_record where meeting_id = ?")
                .setParameter(1, meetingId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Summary(meetingId, instant(r[0]), ((Number) r[1]).intValue(), (String) r[2]));
    }

    /** The entries of a finalized record, in order (404 when the meeting or its record does not exist). */
    public List<Entry> entries(long meetingId) {
        if (summary(meetingId).isEmpty()) {
            throw PodiumException.notFound("record.notFound");
        }
        List<Entry> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select seq, kind, content, prev_hash, hash, personal from record_entry"
                        + " where meeting_id = ? order by seq")
                .setParameter(1, meetingId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Entry(
                    ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String)
                            r[5]));
        }
        return out;
    }

    /**
     * Recomputes the chain from the first entry, and each comment's entry from the comment as it is now; names the
     * first entry that no longer matches.
     */
    public Verification verify(long meetingId) {
        Summary s = summary(meetingId).orElseThrow(() -> PodiumException.notFound("record.notFound"));
        List<Entry> entries = entries(meetingId);
        Map<Long, String> trackingOf = new HashMap<>();
        Map<Integer, Comment> commentAt = new HashMap<>();
        List<Object[]> refs = em.createNativeQuery(
                        "select seq, ref_id from record_entry where meeting_id = ? and kind =" + " 'comment'")
                .setParameter(1, meetingId)
                .getResultList();
        List<Comment> comments = meetingComments.of(meetingId);
        Map<Long, Comment> byId = new HashMap<>();
        for (Comment c : comments) {
            byId.put(c.getId(), c);
            trackingOf.put(c.getId(), c.getTrackingNumber());
        }
        for (Object[] r : refs) {
            commentAt.put(((Number) r[0]).intValue(), byId.get(((Number) r[1]).longValue()));
        }
        String previous = Canonical.ZERO;
        for (Entry e : entries) {
            if (!e.previousHash().equals(previous)
                    || !Canonical.chain(previous, e.content()).equals(e.hash())) {
                return mismatch(s, e, "record.verify.entryChanged");
            }
            JsonObject personal = e.personalData();
            if (personal != null
                    && !e.erased()
                    && !(personal.get("name") instanceof JsonString name
                            && personal.get("salt") instanceof JsonString salt
                            && e.data().get(COMMITMENT) instanceof JsonString commitment
                            && Canonical.commit(salt.getString(), name.getString())
                                    .equals(commitment.getString()))) {
                return mismatch(s, e, "record.verify.personalChanged");
            }
            if (e.kind().equals("comment")) {
                Comment c = commentAt.get(e.seq());
                if (c == null) {
                    return mismatch(s, e, "record.verify.commentGone");
                }
                Map<String, Object> now = commentEntry(c, trackingOf, Map.of());
                JsonObject stored = e.data();
                // what the analysis may read again later (topics, campaign) is kept as recorded
                now.put(
                        "topics",
                        stored.get("topics") instanceof JsonArray a
                                ? a.getValuesAs(JsonString.class).stream()
                                        .map(JsonString::getString)
                                        .toList()
                                : List.of());
                now.put("campaign", stored.get("campaign") instanceof JsonString j ? j.getString() : null);
                if (stored.containsKey(COMMITMENT)) {
                    // format 2: the name is compared with the one kept beside the entry, unless its owner erased it
                    Object current = now.remove("name");
                    now.put(COMMITMENT, stored.get(COMMITMENT) instanceof JsonString j ? j.getString() : null);
                    String recorded =
                            personal != null && personal.get("name") instanceof JsonString n ? n.getString() : null;
                    if (!e.erased() && !Objects.equals(recorded, current)) {
                        return mismatch(s, e, "record.verify.commentChanged");
                    }
                }
                if (!Canonical.json(now).equals(e.content())) {
                    return mismatch(s, e, "record.verify.commentChanged");
                }
            }
            previous = e.hash();
        }
        if (!previous.equals(s.finalHash()) || entries.size() != s.entries()) {
            Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            return new Verification(
                    meetingId,
                    false,
                    entries.size(),
                    s.finalHash(),
                    last == null ? 0 : last.seq(),
                    last == null ? null : last.kind(),
                    null,
                    Bundles.message(Locale.ENGLISH, "record.verify.finalHash"));
        }
        return new Verification(meetingId, true, entries.size(), s.finalHash(), null, null, null, null);
    }

    private Verification mismatch(Summary s, Entry e, String reasonKey) {
        JsonObject d = e.data();
        String ref = d.containsKey("tracking") ? d.getString("tracking") : null;
        return new Verification(
                s.meetingId(),
                false,
                s.entries(),
                s.finalHash(),
                e.seq(),
                e.kind(),
                ref,
                Bundles.message(Locale.ENGLISH, reasonKey));
    }

    /**
     * A person deleted their account: their names are erased from the finalized records of format 2 (the entry's
     * personal fields become {@code {"erased":true}}; the commitment stays in the chain, which still verifies), and the
     * PDFs of those records are written again without them. Entries of format-1 records hold the name in what is
     * hashed: those are kept, and said so (their ids are returned).
     */
    public Kept eraseNames(Collection<Long> commentIds, Collection<Long> speakerIds) {
        Set<Long> meetings = new TreeSet<>();
        Kept kept = new Kept(eraseKind("comment", commentIds, meetings), eraseKind("speaker", speakerIds, meetings));
        for (Long m : meetings) {
            em.createNativeQuery("delete from record_file where meeting_id = ?")
                    .setParameter(1, m)
                    .executeUpdate();
            audit.record("record.erase", "meeting", m, "names erased at their owner's request");
            finalized.fire(new RecordWriter.Finalized(m));
        }
        return kept;
    }

    private Set<Long> eraseKind(String kind, Collection<Long> ids, Set<Long> meetings) {
        Set<Long> kept = new HashSet<>();
        if (ids.isEmpty()) {
            return kept;
        }
        String in = Sql.placeholders(ids.size());
        var q = em.createNativeQuery("select e.meeting_id, e.seq, e.ref_id, r.format, e.personal from record_entry e"
                + " join meeting_record r on r.meeting_id = e.meeting_id where e.kind = ? and e.ref_id in (" + in
                + ")");
        q.setParameter(1, kind);
        int i = 2;
        for (Long id : ids) {
            q.setParameter(i++, id);
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long meeting = ((Number) r[0]).longValue();
            if (((Number) r[3]).intValue() < FORMAT) {
                kept.add(((Number) r[2]).longValue());
            } else if (r[4] != null && !((String) r[4]).contains("\"erased\"")) {
                em.createNativeQuery("update record_entry set personal = ? where meeting_id = ? and seq = ?")
                        .setParameter(1, "{\"erased\":true}")
                        .setParameter(2, meeting)
                        .setParameter(3, ((Number) r[1]).intValue())
                        .executeUpdate();
                meetings.add(meeting);
            }
        }
        return kept;
    }

    /** Meetings whose record was finalized before {@code cutoff} and not yet purged by the retention schedule. */
    public List<Long> finalizedUnpurgedBefore(Instant cutoff) {
        List<?> rows = em.createNativeQuery("select meeting_id from meeting_record where finalized_at < ? and"
                        + " purged_at is null order by meeting_id")
                .setParameter(1, Timestamp.from(cutoff))
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** Notes that the retention schedule purged a meeting's unpublished personal data. */
    public void markPurged(long meetingId) {
        em.createNativeQuery("update meeting_record set purged_at = ? where meeting_id = ?")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, meetingId)
                .executeUpdate();
    }

    /** Whether the comment's meeting has a finalized record: its comments are then decided for good. */
    public boolean isFinalized(Long meetingId) {
        return meetingId != null && summary(meetingId).isPresent();
    }

    private static Map<String, Object> meetingEntry(Meeting m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "meeting");
        e.put("meetingId", m.getId());
        e.put("body", m.getBody());
        e.put("title", m.getTitle());
        e.put("startsAt", m.getStartsAt().toString());
        e.put("location", m.getLocation());
        List<Object> items = new ArrayList<>();
        m.getItems().forEach(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("itemId", i.getId());
            item.put("number", i.getNumber());
            item.put("title", i.getTitle());
            items.add(item);
        });
        e.put("items", items);
        return e;
    }

    /** What the record says of a comment. Rejected and withdrawn comments are listed without their text. */
    static Map<String, Object> commentEntry(Comment c, Map<Long, String> trackingOf, Map<Long, Long> campaignSizes) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "comment");
        e.put("tracking", c.getTrackingNumber());
        e.put("item", c.getItem().getNumber());
        e.put("channel", c.getChannel().name());
        e.put("receivedAt", c.getReceivedAt().truncatedTo(ChronoUnit.MICROS).toString());
        e.put("name", c.getPublicName());
        e.put("position", c.getPosition() == null ? null : c.getPosition().name());
        CommentStatus status = c.getStatus() == CommentStatus.IN_RECORD ? CommentStatus.PUBLISHED : c.getStatus();
        e.put("status", status.name());
        boolean withText = status == CommentStatus.PUBLISHED || status == CommentStatus.RECORD_ONLY;
        e.put("text", withText ? c.publicText(Bundles.message(Locale.ENGLISH, "redacted.marker")) : null);
        e.put("redactions", withText ? (long) c.getModeration().getRedactions().size() : 0L);
        // a campaign (two comments or more) by its first comment's tracking number
        e.put(
                "campaign",
                c.getCampaignId() != null && campaignSizes.getOrDefault(c.getCampaignId(), 0L) > 1
                        ? trackingOf.get(c.getCampaignId())
                        : null);
        e.put("topics", withText ? List.copyOf(c.getReading().getTopicList()) : List.of());
        if (withText && c.getVersions().size() > 1) {
            // what the author's edits replaced stays in the record, as the receipt promises; personal data the
            // pre-screen finds in it is marked out (no clerk reviewed those texts). Entries without edits keep the
            // form records finalized before had.
            String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
            List<Map<String, Object>> earlier = new ArrayList<>();
            var versions = c.getVersions();
            for (var v : versions.subList(0, versions.size() - 1)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", (long) v.getNumber());
                m.put("at", v.getCreatedAt().truncatedTo(ChronoUnit.MICROS).toString());
                m.put(
                        "position",
                        v.getPosition() == null ? null : v.getPosition().name());
                m.put(
                        "text",
                        Span.apply(
                                v.getBody(),
                                SCREEN.screen(v.getBody(), null, false).suggested(),
                                marker));
                earlier.add(m);
            }
            e.put("earlierVersions", earlier);
        }
        return e;
    }

    private static final PreScreen SCREEN = PreScreen.standard();

    private static Map<String, Object> speakerEntry(Speaker s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "speaker");
        e.put("item", s.getItem().getNumber());
        e.put("confirmation", s.getConfirmationNumber());
        e.put("name", s.getPublicName());
        e.put("position", s.getPosition() == null ? null : s.getPosition().name());
        e.put("walkIn", s.isWalkIn());
        e.put("chamber", s.getLive() == null ? null : s.getLive().name());
        e.put("spokenSeconds", s.getSpokenSeconds() == null ? null : (long) s.getSpokenSeconds());
        return e;
    }

    /** The public moderation log: each rejection and redaction, when, on which item, for which reason (its code). */
    private List<Map<String, Object>> moderationEntries(long meetingId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CommentEvent ev : meetingComments.rejections(meetingId)) {
            out.add(moderation("rejected", ev.getOccurredAt(), ev.getItemNumber(), ev.getNote()));
        }
        for (CommentDecision d : meetingComments.redactions(meetingId)) {
            out.add(moderation(
                    "redacted", d.getDecidedAt(), d.getComment().getItem().getNumber(), d.getReason()));
        }
        out.sort(Comparator.comparing(e -> (String) e.get("at")));
        return out;
    }

    private static Map<String, Object> moderation(String action, Instant at, String item, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "moderation");
        e.put("action", action);
        e.put("at", at.truncatedTo(ChronoUnit.MICROS).toString());
        e.put("item", item);
        e.put("reason", reason);
        return e;
    }

    private static Instant instant(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) v;
    }
}
