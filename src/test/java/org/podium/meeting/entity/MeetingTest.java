package org.podium.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.platform.PodiumException;

class MeetingTest {

    static final Instant START = Instant.parse("2026-12-02T16:00:00Z");

    static Meeting meeting() {
        return new Meeting(" City Council ", " Regular meeting ", START, "Chamber", "  ");
    }

    static AgendaItem item(String number) {
        return new AgendaItem(number, "Item " + number, null, null, null, true, null, null);
    }

    @Test
    void describingTrimsAndDropsBlankInstructions() {
        Meeting m = meeting();
        assertEquals("City Council", m.getBody());
        assertEquals("Regular meeting", m.getTitle());
        assertNull(m.getRemoteInstructions());
    }

    @Test
    void itemsAreOrderedAsAddedAndNumbersAreUniqueIgnoringCase() {
        Meeting m = meeting();
        m.addItem(item("4.a"));
        m.addItem(item("4.b"));
        PodiumException e = assertThrows(PodiumException.class, () -> m.addItem(item(" 4.B ")));
        assertEquals("item.number.taken", e.messageKey());
        assertEquals("number", e.field());
        assertEquals(409, e.status());
        assertEquals(
                List.of("4.a", "4.b"),
                m.getItems().stream().map(AgendaItem::getNumber).toList());
        assertEquals(
                List.of(1, 2),
                m.getItems().stream().map(AgendaItem::getSortOrder).toList());
    }

    @Test
    void moveSwapsNeighboursAndStopsAtTheEnds() {
        Meeting m = meeting();
        AgendaItem a = m.addItem(item("1"));
        AgendaItem b = m.addItem(item("2"));
        AgendaItem c = m.addItem(item("3"));
        m.moveItem(c, -1);
        assertEquals(List.of("1", "3", "2"), numbers(m));
        m.moveItem(a, -1);
        assertEquals(List.of("1", "3", "2"), numbers(m));
        m.moveItem(b, +1);
        assertEquals(List.of("1", "3", "2"), numbers(m));
        m.moveItem(a, +1);
        assertEquals(List.of("3", "1", "2"), numbers(m));
        assertEquals(
                List.of(1, 2, 3),
                m.getItems().stream().map(AgendaItem::getSortOrder).sorted().toList());
        assertEquals(c.getSortOrder() < a.getSortOrder(), true);
    }

    @Test
    void publishingNeedsItemsAndKeepsTheFirstPublicationTime() {
        Meeting m = meeting();
        PodiumException e = assertThrows(PodiumException.class, () -> m.publishAgenda(Instant.now()));
        assertEquals("meeting.publish.empty", e.messageKey());
        m.addItem(item("1"));
        Instant first = Instant.parse("2026-11-20T10:00:00Z");
        m.publishAgenda(first);
        m.publishAgenda(first.plusSeconds(60));
        assertEquals(first, m.getAgendaPublishedAt());
    }

    @Test
    void aCancelledMeetingCannotBePublished() {
        Meeting m = meeting();
        m.addItem(item("1"));
        m.moveTo(MeetingStatus.CANCELLED);
        assertEquals(
                "meeting.publish.cancelled",
                assertThrows(PodiumException.class, () -> m.publishAgenda(Instant.now()))
                        .messageKey());
    }

    @Test
    void statusChangesFollowTheLifecycle() {
        Meeting m = meeting();
        m.moveTo(MeetingStatus.IN_PROGRESS);
        m.moveTo(MeetingStatus.ADJOURNED);
        PodiumException e = assertThrows(PodiumException.class, () -> m.moveTo(MeetingStatus.IN_PROGRESS));
        assertEquals("meeting.status.invalid", e.messageKey());
        assertEquals(MeetingStatus.ADJOURNED, m.getStatus());
        assertThrows(PodiumException.class, () -> m.moveTo(null));
    }

    @Test
    void theCommentWindowMustCloseAfterItOpens() {
        Instant open = Instant.parse("2026-11-25T10:00:00Z");
        PodiumException e =
                assertThrows(PodiumException.class, () -> new AgendaItem("1", "t", null, null, null, true, open, open));
        assertEquals("item.window.order", e.messageKey());
        assertEquals("commentClosesAt", e.field());
        assertNotNull(new AgendaItem("1", "t", null, null, null, true, open, open.plusSeconds(1)));
    }

    @Test
    void reopeningNeedsAFutureTimeAndOpensNow() {
        Meeting m = meeting();
        AgendaItem i = m.addItem(new AgendaItem("1", "t", null, null, null, false, null, null));
        m.addItem(item("2"));
        m.publishAgenda(Instant.parse("2026-11-20T10:00:00Z"));
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        assertEquals(CommentWindow.State.NOT_ACCEPTED, i.commentWindow(now).state());
        assertThrows(PodiumException.class, () -> i.reopenComment(now, now.minusSeconds(1)));
        i.reopenComment(now, now.plusSeconds(3600));
        assertEquals(CommentWindow.State.OPEN, i.commentWindow(now).state());
        assertEquals(
                CommentWindow.State.CLOSED,
                i.commentWindow(now.plusSeconds(3600)).state());
    }

    @Test
    void linksAreOnePerLine() {
        AgendaItem i =
                new AgendaItem("1", "t", null, null, " https://a.example/x \n\nhttp://b.example ", true, null, null);
        assertEquals(List.of("https://a.example/x", "http://b.example"), i.linkList());
    }

    static List<String> numbers(Meeting m) {
        return m.getItems().stream().map(AgendaItem::getNumber).toList();
    }
}
