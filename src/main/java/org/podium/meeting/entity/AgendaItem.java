package org.podium.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.podium.platform.BaseEntity;
import org.podium.platform.PodiumException;

@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    public static final int NUMBER_MAX = 20;
    public static final int TITLE_MAX = 300;
    public static final int FILE_NUMBER_MAX = 40;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int LINKS_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "item_number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "file_number", length = FILE_NUMBER_MAX)
    private String fileNumber;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    /** The title in Spanish, when the clerk gave one (pages in Spanish show it; else the original, with a note). */
    @Column(name = "title_es", length = TITLE_MAX)
    private String titleEs;

    @Column(name = "description_es", length = DESCRIPTION_MAX)
    private String descriptionEs;

    /** One http(s) address a line. */
    @Column(length = LINKS_MAX)
    private String links;

    @Column(name = "accepts_comment", nullable = false)
    private boolean acceptsComment = true;

    @Column(name = "comment_opens_at")
    private Instant commentOpensAt;

    @Column(name = "comment_closes_at")
    private Instant commentClosesAt;

    protected AgendaItem() {}

    public AgendaItem(
            String number,
            String title,
            String fileNumber,
            String description,
            String links,
            boolean acceptsComment,
            Instant commentOpensAt,
            Instant commentClosesAt) {
        describe(number, title, fileNumber, description, links, acceptsComment, commentOpensAt, commentClosesAt);
    }

    public final void describe(
            String number,
            String title,
            String fileNumber,
            String description,
            String links,
            boolean acceptsComment,
            Instant commentOpensAt,
            Instant commentClosesAt) {
        if (commentOpensAt != null && commentClosesAt != null && !commentClosesAt.isAfter(commentOpensAt)) {
            throw PodiumException.invalid("commentClosesAt", "item.window.order");
        }
        this.number = number.strip();
        this.title = title.strip();
        this.fileNumber = blankToNull(fileNumber);
        this.description = blankToNull(description);
        this.links = blankToNull(links);
        this.acceptsComment = acceptsComment;
        this.commentOpensAt = commentOpensAt;
        this.commentClosesAt = commentClosesAt;
    }

    /** The clerk's Spanish version of the title and description; blank ones are none. */
    public void translate(String titleEs, String descriptionEs) {
        this.titleEs = blankToNull(titleEs);
        this.descriptionEs = blankToNull(descriptionEs);
    }

    public String getTitleEs() {
        return titleEs;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    void attachTo(Meeting owner, int order) {
        this.meeting = owner;
        this.sortOrder = order;
    }

    void reorder(int order) {
        this.sortOrder = order;
    }

    /** Opens comment again until the given time (a clerk's decision, e.g. after a continuance). */
    public void reopenComment(Instant now, Instant until) {
        if (until == null || !until.isAfter(now)) {
            throw PodiumException.invalid("until", "item.reopen.past");
        }
        acceptsComment = true;
        if (commentOpensAt != null && commentOpensAt.isAfter(now)) {
            commentOpensAt = now;
        }
        commentClosesAt = until;
    }

    public CommentWindow commentWindow(Instant now) {
        return CommentWindow.at(
                now,
                acceptsComment,
                commentOpensAt,
                commentClosesAt,
                meeting.getAgendaPublishedAt(),
                meeting.getStartsAt(),
                meeting.getStatus(),
                meeting.isRecordFinal());
    }

    public List<String> linkList() {
        return links == null
                ? List.of()
                : Arrays.stream(links.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getNumber() {
        return number;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getFileNumber() {
        return fileNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getLinks() {
        return links;
    }

    public boolean isAcceptsComment() {
        return acceptsComment;
    }

    public Instant getCommentOpensAt() {
        return commentOpensAt;
    }

    public Instant getCommentClosesAt() {
        return commentClosesAt;
    }
}
