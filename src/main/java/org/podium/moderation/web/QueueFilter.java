package org.podium.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.podium.comment.boundary.CommentSearch;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.moderation.boundary.Queue;

/**
 * The queue's filters and page number, from the address: a view of the queue is an address a clerk can bookmark or
 * share. A value that makes no sense (a word where a number goes, an unknown position) filters nothing; an unknown
 * flag is refused by the queue itself, which says so.
 */
@Named
@RequestScoped
public class QueueFilter {

    @Inject
    Meetings meetings;

    // From the address at once (OmniFaces @Param, when the bean is made): a post of the queue's forms carries them in
    // its address, and the rows (whose buttons Faces looks for while it reads the post) must be those of the same
    // view, long before the view parameters would set them.
    @Inject
    @Param
    String meeting;

    @Inject
    @Param
    String item;

    @Inject
    @Param
    String position;

    @Inject
    @Param
    String channel;

    @Inject
    @Param
    String verified;

    @Inject
    @Param
    String flag;

    @Inject
    @Param
    String status;

    @Inject
    @Param
    String sort;

    @Inject
    @Param
    String campaign;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private int page;
    private List<Meeting> meetingChoices;
    private List<AgendaItem> itemChoices;

    @PostConstruct
    void pageFromTheAddress() {
        try {
            page = pageParameter == null ? 0 : Integer.parseInt(pageParameter.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
    }

    /** The search the filters ask for. */
    public CommentSearch.Filter search() {
        return new CommentSearch.Filter(
                parse(meeting),
                parse(item),
                value(Position.class, position),
                value(Channel.class, channel),
                verified == null || verified.isBlank() ? null : Boolean.valueOf(verified),
                flag == null || flag.isBlank() ? null : flag,
                value(CommentStatus.class, status),
                "newest".equals(sort),
                parse(campaign));
    }

    static Long parse(String v) {
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

    /** The meetings of the filter, read once per request (the page asks for them in several phases). */
    public List<Meeting> getMeetings() {
        if (meetingChoices == null) {
            meetingChoices = meetings.allForClerks(200);
        }
        return meetingChoices;
    }

    /** The items of the meeting chosen in the filter (none before a meeting is chosen). */
    public List<AgendaItem> getItems() {
        if (itemChoices == null) {
            Long m = parse(meeting);
            try {
                itemChoices = m == null ? List.of() : meetings.meeting(m).getItems();
            } catch (RuntimeException e) {
                itemChoices = List.of(); // a meeting that is gone: the queue says so through its own filter
            }
        }
        return itemChoices;
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

    public List<String> getFlags() {
        return Queue.FLAGS;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
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

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
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
