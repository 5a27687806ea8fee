package org.podium.meeting.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.CommentWindow;
import org.podium.meeting.entity.Meeting;

/** The JSON shapes of meetings and items (records, never entities), and the mapping to them. Times carry the council's offset. */
public final class MeetingJson {

    private MeetingJson() {}

    /** {@code titleEs}: the clerk's Spanish version of the title, absent when there is none (then show the title). */
    public record MeetingSummary(
            long id,
            String body,
            String title,
            String titleEs,
            OffsetDateTime startsAt,
            String timeZone,
            String location,
            String status,
            boolean agendaPublished,
            int itemCount) {}

    public record MeetingDetail(
            long id,
            String body,
            String title,
            String titleEs,
            OffsetDateTime startsAt,
            String timeZone,
            String location,
            String remoteInstructions,
            String status,
            boolean agendaPublished,
            List<ItemSummary> items) {}

    public record ItemSummary(
            long id, String number, String title, String titleEs, String fileNumber, CommentJson comment) {}

    public record ItemDetail(
            long id,
            long meetingId,
            String meetingTitle,
            String number,
            String title,
            String titleEs,
            String fileNumber,
            String description,
            String descriptionEs,
            List<String> links,
            CommentJson comment) {}

    public record CommentJson(boolean accepted, String state, OffsetDateTime opensAt, OffsetDateTime closesAt) {}

    public record PageJson<T>(List<T> items, int page, int size, long total) {}

    public static MeetingSummary summary(Meeting m, ZoneId zone) {
        return new MeetingSummary(
                m.getId(),
                m.getBody(),
                m.getTitle(),
                m.getTitleEs(),
                at(m.getStartsAt(), zone),
                zone.getId(),
                m.getLocation(),
                m.getStatus().name(),
                m.isPublished(),
                m.getItems().size());
    }

    public static MeetingDetail detail(Meeting m, ZoneId zone, Instant now) {
        return new MeetingDetail(
                m.getId(),
                m.getBody(),
                m.getTitle(),
                m.getTitleEs(),
                at(m.getStartsAt(), zone),
                zone.getId(),
                m.getLocation(),
                m.getRemoteInstructions(),
                m.getStatus().name(),
                m.isPublished(),
                m.getItems().stream().map(i -> itemSummary(i, zone, now)).toList());
    }

    public static ItemSummary itemSummary(AgendaItem i, ZoneId zone, Instant now) {
        return new ItemSummary(
                i.getId(),
                i.getNumber(),
                i.getTitle(),
                i.getTitleEs(),
                i.getFileNumber(),
                comment(i.commentWindow(now), zone));
    }

    public static ItemDetail item(AgendaItem i, ZoneId zone, Instant now) {
        return new ItemDetail(
                i.getId(),
                i.getMeeting().getId(),
                i.getMeeting().getTitle(),
                i.getNumber(),
                i.getTitle(),
                i.getTitleEs(),
                i.getFileNumber(),
                i.getDescription(),
                i.getDescriptionEs(),
                i.linkList(),
                comment(i.commentWindow(now), zone));
    }

    static CommentJson comment(CommentWindow w, ZoneId zone) {
        return new CommentJson(
                w.state() != CommentWindow.State.NOT_ACCEPTED,
                w.state().name(),
                at(w.opensAt(), zone),
                at(w.closesAt(), zone));
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
