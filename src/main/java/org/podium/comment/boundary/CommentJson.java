package org.podium.comment.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Span;

/** The JSON shapes of comments. The public shape has no e-mail, no ward, and no name the author withheld. */
public final class CommentJson {

    private CommentJson() {}

    public record ReceiptJson(String trackingNumber, String status) {}

    /**
     * One step of the history; {@code note} says why: {@code late}, or the posting policy's code of a rejection, whose
     * public wording is {@code reason}.
     */
    public record Event(String status, OffsetDateTime at, String note, String reason) {}

    /** The tracking page: status and history for anyone with the number; the rest for the author and staff. */
    public record Tracking(
            String trackingNumber,
            long itemId,
            String status,
            List<Event> history,
            String position,
            String text,
            String name,
            Boolean nameWithheld,
            Boolean emailVerified,
            Boolean late,
            Integer versions,
            List<File> attachments,
            Long version,
            Boolean disowned,
            Boolean appealed,
            Moderation moderation,
            Analysis analysis) {}

    /**
     * What the analysis read in a comment, for staff: the stance (SUPPORT, OPPOSE, NEUTRAL) with its confidence and
     * source (CUE, GENERAL, ITEM, or CLERK for a clerk's label), whether it needs review, whether it contradicts the
     * declared position; the tone (VADER compound −1…1 and its label), the topics, the campaign (the id of its first
     * comment) and another item of the meeting the comment seems to be about.
     */
    public record Analysis(
            String stance,
            Double stanceConfidence,
            String stanceSource,
            boolean needsReview,
            boolean mismatch,
            Double tone,
            String toneLabel,
            List<String> topics,
            Long campaignId,
            Long suggestedItemId) {}

    public static Analysis analysis(Comment c) {
        return c.getReading().getStance() == null
                ? null
                : new Analysis(
                        c.getReading().getStance().name(),
                        c.getReading().getConfidence() == null
                                ? null
                                : Math.round(c.getReading().getConfidence() * 1000) / 1000.0,
                        c.getReading().getSource() == null
                                ? null
                                : c.getReading().getSource().name(),
                        c.getReading().isReview(),
                        c.getReading().isMismatch(),
                        c.getReading().getTone() == null
                                ? null
                                : Math.round(c.getReading().getTone() * 1000) / 1000.0,
                        c.getReading().getToneLabel(),
                        c.getReading().getTopicList(),
                        c.getCampaignId(),
                        c.getReading().getSuggestedItemId());
    }

    /** A span of a comment's text: [start, end) in UTF-16 code units, as Java and JavaScript count. */
    public record SpanJson(int start, int end) {}

    /** One moderation decision, for staff: who, when, what, why, and the status and redactions before and after. */
    public record DecisionJson(
            long id,
            OffsetDateTime at,
            String by,
            String decision,
            String reason,
            String statusBefore,
            String statusAfter,
            List<SpanJson> redactionsBefore,
            List<SpanJson> redactionsAfter,
            Long undoes) {}

    /** What staff see besides: the pre-screen, the redactions, reports, the appeal and the decisions. */
    public record Moderation(
            List<String> flags,
            List<SpanJson> suggestedRedactions,
            List<SpanJson> redactions,
            int reports,
            boolean hidden,
            String appeal,
            OffsetDateTime appealedAt,
            List<DecisionJson> decisions) {}

    public record File(int number, String fileName, String mediaType, long size) {}

    public record Published(
            String trackingNumber, String position, String text, String name, OffsetDateTime receivedAt) {}

    public record PublishedPage(List<Published> items, int page, int size, long total) {}

    public record Counts(long support, long oppose, long neutral, long total) {}

    static Tracking tracking(Comment c, boolean full, ZoneId zone, UnaryOperator<String> reasons) {
        return tracking(c, full, false, zone, reasons);
    }

    public static List<SpanJson> spans(List<Span> spans) {
        return spans.stream().map(s -> new SpanJson(s.start(), s.end())).toList();
    }

    public static DecisionJson decision(CommentDecision d, ZoneId zone) {
        return new DecisionJson(
                d.getId(),
                d.getDecidedAt().atZone(zone).toOffsetDateTime(),
                d.getActorName(),
                d.getDecision().name(),
                d.getReason(),
                d.getStatusBefore().name(),
                d.getStatusAfter().name(),
                spans(Span.parse(d.getRedactionsBefore())),
                spans(Span.parse(d.getRedactionsAfter())),
                d.getUndoes() == null ? null : d.getUndoes().getId());
    }

    /** {@code staff}: the moderation details too (flags, spans, reports, appeal, decisions). */
    public static Tracking tracking(
            Comment c, boolean full, boolean staff, ZoneId zone, UnaryOperator<String> reasons) {
        List<Event> history = new ArrayList<>(c.getEvents().stream()
                .map(e -> new Event(
                        e.getStatus().name(),
                        e.getOccurredAt().atZone(zone).toOffsetDateTime(),
                        e.getNote(),
                        e.getStatus() == CommentStatus.REJECTED ? reasons.apply(e.getNote()) : null))
                .toList());
        if (c.isInRecord()) {
            // the meeting's record was finalized with this comment's text in it
            history.add(new Event(
                    CommentStatus.IN_RECORD.name(),
                    c.getRecordedAt().atZone(zone).toOffsetDateTime(),
                    null,
                    null));
        }
        if (!full) {
            return new Tracking(
                    c.getTrackingNumber(),
                    c.getItem().getId(),
                    c.getStatus().name(),
                    history,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return new Tracking(
                c.getTrackingNumber(),
                c.getItem().getId(),
                c.getStatus().name(),
                history,
                c.getPosition() == null ? null : c.getPosition().name(),
                c.getBody(),
                c.getDisplayName(),
                c.isNameWithheld(),
                c.isEmailVerified(),
                c.isLate(),
                c.getVersions().size(),
                c.getAttachments().stream()
                        .map(a -> new File(a.getNumber(), a.getFileName(), a.getMediaType(), a.getSizeBytes()))
                        .toList(),
                c.getVersion(),
                c.getDisownedAt() != null,
                c.getAppeal() != null,
                !staff
                        ? null
                        : new Moderation(
                                c.getModeration().getFlagCodes(),
                                spans(c.getModeration().getSuggestedRedactions()),
                                spans(c.getModeration().getRedactions()),
                                c.getModeration().getReportCount(),
                                c.getModeration().isHidden(),
                                c.getAppeal() == null ? null : c.getAppeal().getText(),
                                c.getAppeal() == null
                                        ? null
                                        : c.getAppeal().getAt().atZone(zone).toOffsetDateTime(),
                                c.getDecisions().stream()
                                        .map(d -> decision(d, zone))
                                        .toList()),
                staff ? analysis(c) : null);
    }

    /** {@code marker} replaces every redacted span (the reader's language: "[redacted: personal information]"). */
    static Published published(Comment c, ZoneId zone, String marker) {
        return new Published(
                c.getTrackingNumber(),
                c.getPosition() == null ? null : c.getPosition().name(),
                c.publicText(marker),
                c.getPublicName(),
                c.getReceivedAt().atZone(zone).toOffsetDateTime());
    }
}
