package org.podium.comment.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.podium.comment.entity.Comment;

/** The JSON shapes of comments. The public shape has no e-mail, no ward, and no name the author withheld. */
public final class CommentJson {

    private CommentJson() {
    }

    public record ReceiptJson(String trackingNumber, String status) {
    }

    /**
     * One step of the history; {@code note} says why: {@code late}, or the posting policy's code of a rejection, whose
     * public wording is {@code reason}.
     */
    public record Event(String status, OffsetDateTime at, String note, String reason) {
    }

    /** The tracking page: status and history for anyone with the number; the rest for the author and staff. */
    public record Tracking(String trackingNumber, long itemId, String status, List<Event> history, String position,
            String text, String name, Boolean nameWithheld, Boolean emailVerified, Boolean late, Integer versions,
            List<File> attachments, Long version, Boolean disowned) {
    }

    public record File(int number, String fileName, String mediaType, long size) {
    }

    public record Published(String trackingNumber, String position, String text, String name, OffsetDateTime receivedAt) {
    }

    public record PublishedPage(List<Published> items, int page, int size, long total) {
    }

    public record Counts(long support, long oppose, long neutral, long total) {
    }

    static Tracking tracking(Comment c, boolean full, ZoneId zone, java.util.function.UnaryOperator<String> reasons) {
        List<Event> history = c.getEvents().stream()
                .map(e -> new Event(e.getStatus().name(), e.getOccurredAt().atZone(zone).toOffsetDateTime(), e.getNote(),
                        e.getStatus() == org.podium.comment.entity.CommentStatus.REJECTED ? reasons.apply(e.getNote())
                                : null))
                .toList();
        if (!full) {
            return new Tracking(c.getTrackingNumber(), c.getItem().getId(), c.getStatus().name(), history, null, null,
                    null, null, null, null, null, null, null, null);
        }
        return new Tracking(c.getTrackingNumber(), c.getItem().getId(), c.getStatus().name(), history,
                c.getPosition() == null ? null : c.getPosition().name(), c.getBody(), c.getDisplayName(),
                c.isNameWithheld(), c.isEmailVerified(), c.isLate(), c.getVersions().size(),
                c.getAttachments().stream().map(a -> new File(a.getNumber(), a.getFileName(), a.getMediaType(),
                        a.getSizeBytes())).toList(), c.getVersion(), c.getDisownedAt() != null);
    }

    static Published published(Comment c, ZoneId zone) {
        return new Published(c.getTrackingNumber(), c.getPosition() == null ? null : c.getPosition().name(),
                c.getBody(), c.getPublicName(), c.getReceivedAt().atZone(zone).toOffsetDateTime());
    }
}
