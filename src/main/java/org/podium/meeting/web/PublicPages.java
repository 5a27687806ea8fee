package org.podium.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.CommentWindow;
import org.podium.meeting.entity.Meeting;
import org.podium.web.Faces;

/**
 * The public's pages: the list of meetings, one meeting's agenda, one item. Published agendas only. Request-scoped:
 * these pages are stateless views ({@link org.podium.web.ReadingViews}), so a form on them (the item's comment form)
 * posts the item's id with it, and the item is read again from it.
 */
@Named
@RequestScoped
public class PublicPages implements Serializable {

    /** The item's id as a form of item.xhtml posts it (OmniFaces @Param, read when the bean is made). */
    @Inject
    @Param(name = "id")
    String postedId;

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 10;

    @Inject
    Meetings meetings;

    private final Instant now = Instant.now();
    private String id;
    private int page;
    private Meeting meeting;
    private AgendaItem item;
    private boolean itemRead;
    private transient Meetings.Page<Meeting> list;

    public Meetings.Page<Meeting> getMeetings() {
        if (list == null) {
            list = meetings.published(now, null, null, Math.max(0, page), PAGE_SIZE);
        }
        return list;
    }

    public List<Meeting> getUpcoming() {
        return getMeetings().items().stream().filter(m -> m.isUpcoming(now)).toList();
    }

    public List<Meeting> getPast() {
        return getMeetings().items().stream().filter(m -> !m.isUpcoming(now)).toList();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getMeetings().total();
    }

    /** f:viewAction of meeting.xhtml: an unknown or unpublished meeting is a 404. */
    public void loadMeeting() throws IOException {
        meeting =
                parse(id) == null ? null : meetings.publishedMeeting(parse(id)).orElse(null);
        if (meeting == null) {
            notFound();
        }
    }

    public void loadItem() throws IOException {
        item = null;
        itemRead = false;
        if (getItem() == null) {
            notFound();
        }
    }

    public CommentWindow window(AgendaItem i) {
        return i.commentWindow(now);
    }

    private static void notFound() throws IOException {
        Faces.notFound();
    }

    /** Ids from the address bar: anything but a positive number is simply "not found". */
    public static Long parse(String id) {
        try {
            long value = Long.parseLong(id == null ? "" : id.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 100_000));
    }

    public Meeting getMeeting() {
        return meeting;
    }

    /**
     * The item of item.xhtml. On a postback its form is decoded before the view parameters are applied, so the id is
     * then taken from the posted {@code id} field.
     */
    public AgendaItem getItem() {
        if (item == null && !itemRead) {
            itemRead = true;
            String posted = id != null ? id : postedId;
            Long parsed = parse(posted);
            item = parsed == null ? null : meetings.publishedItem(parsed).orElse(null);
        }
        return item;
    }

    public Instant getNow() {
        return now;
    }
}
