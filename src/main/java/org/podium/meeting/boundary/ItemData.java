package org.podium.meeting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.podium.meeting.entity.AgendaItem;

/** An agenda item as the clerk's form and the staff API describe it. */
public class ItemData implements Serializable {

    @NotBlank(message = "{item.number.required}")
    @Size(max = AgendaItem.NUMBER_MAX, message = "{item.number.size}")
    @Pattern(regexp = "\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-()]*\\s*", message = "{item.number.pattern}")
    private String number;

    @NotBlank(message = "{item.title.required}")
    @Size(max = AgendaItem.TITLE_MAX, message = "{item.title.size}")
    private String title;

    @Size(max = AgendaItem.FILE_NUMBER_MAX, message = "{item.fileNumber.size}")
    private String fileNumber;

    @Size(max = AgendaItem.DESCRIPTION_MAX, message = "{item.description.size}")
    private String description;

    @Size(max = AgendaItem.LINKS_MAX, message = "{item.links.size}")
    @Pattern(
            regexp = "(\\s*https?://[^\\s<>\"]+\\s*)*",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{item.links.pattern}")
    private String links;

    @Size(max = AgendaItem.TITLE_MAX, message = "{item.title.size}")
    private String titleEs;

    @Size(max = AgendaItem.DESCRIPTION_MAX, message = "{item.description.size}")
    private String descriptionEs;

    private boolean acceptsComment = true;

    private Instant commentOpensAt;

    private Instant commentClosesAt;

    public static ItemData of(AgendaItem i) {
        ItemData d = new ItemData();
        d.number = i.getNumber();
        d.title = i.getTitle();
        d.fileNumber = i.getFileNumber();
        d.description = i.getDescription();
        d.links = i.getLinks();
        d.titleEs = i.getTitleEs();
        d.descriptionEs = i.getDescriptionEs();
        d.acceptsComment = i.isAcceptsComment();
        d.commentOpensAt = i.getCommentOpensAt();
        d.commentClosesAt = i.getCommentClosesAt();
        return d;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFileNumber() {
        return fileNumber;
    }

    public void setFileNumber(String fileNumber) {
        this.fileNumber = fileNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public boolean isAcceptsComment() {
        return acceptsComment;
    }

    public void setAcceptsComment(boolean acceptsComment) {
        this.acceptsComment = acceptsComment;
    }

    public Instant getCommentOpensAt() {
        return commentOpensAt;
    }

    public void setCommentOpensAt(Instant commentOpensAt) {
        this.commentOpensAt = commentOpensAt;
    }

    public Instant getCommentClosesAt() {
        return commentClosesAt;
    }

    public void setCommentClosesAt(Instant commentClosesAt) {
        this.commentClosesAt = commentClosesAt;
    }
}
