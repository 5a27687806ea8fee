package org.podium.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.Meeting;
import org.podium.moderation.boundary.Queue;
import org.podium.web.Faces;

/**
 * The clerks' moderation queue page. Its filters are a plain GET form, so that a view of the queue is an address a
 * clerk can bookmark or share; a row opens the comment, where the clerk decides.
 */
@Named
@RequestScoped
public class QueuePage {

    static final int SIZE = 50;

    @Inject
    Queue queue;

    @Inject
    Meetings meetings;

    private String meeting;
    private String position;
    private String channel;
    private String verified;
    private String flag;
    private String status;
    private String sort;
    private int page;
    private Queue.Page result;

    public Queue.Page getResult() {
        if (result == null) {
            try {
                result = queue.list(new Queue.Filter(parse(meeting), null, value(Position.class, position),
                        value(Channel.class, channel), verified == null || verified.isBlank() ? null
                                : Boolean.valueOf(verified), flag == null || flag.isBlank() ? null : flag,
                        value(CommentStatus.class, status), "newest".equals(sort)), Math.max(0, page), SIZE);
            } catch (RuntimeException e) {
                Faces.report(e, null);
                result = new Queue.Page(List.of(), 0, SIZE, 0);
            }
        }
        return result;
    }

    private static Long parse(String v) {
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String v) {
        try {
            return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Inject
    org.podium.comment.boundary.Comments comments;

    @Inject
    org.podium.platform.PodiumConfig config;

    /**
     * Publish or keep for the record from the queue. The row's form posts its tracking number and the version shown,
     * so the decision lands on that comment as the clerk saw it, whatever has moved in the queue since.
     */
    public String decide(String decision) {
        var request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String t = request.get("t");
        Long v = parse(request.get("v"));
        try {
            var status = "PUBLISH".equals(decision) ? org.podium.comment.entity.CommentStatus.PUBLISHED
                    : org.podium.comment.entity.CommentStatus.RECORD_ONLY;
            comments.decide(t, status, null, v, Faces.baseUrl(config));
            Faces.info("queue.decided", t, Faces.text("comment.status." + status));
        } catch (RuntimeException e) {
            Faces.report(e, null);
        }
        result = null;
        return null;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < getResult().total();
    }

    private List<Meeting> meetingChoices;

    /** The meetings of the filter, read once per request (the page asks for them in several phases). */
    public List<Meeting> getMeetings() {
        if (meetingChoices == null) {
            meetingChoices = meetings.allForClerks(200);
        }
        return meetingChoices;
    }

    public CommentStatus[] getStatuses() {
        return CommentStatus.values();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getVerified() {
        return verified;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
