package org.podium.comment.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;

/** A written comment as the resident's form and the API send it. */
public class CommentInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{comment.position.required}")
    @Pattern(regexp = "SUPPORT|OPPOSE|NEUTRAL", message = "{comment.position.required}")
    private String position;

    @NotBlank(message = "{comment.text.required}")
    @Size(max = Comment.BODY_HARD_MAX, message = "{comment.text.size}")
    private String text;

    @Size(max = Comment.NAME_MAX, message = "{comment.name.size}")
    private String name;

    private boolean nameWithheld;

    @NotBlank(message = "{comment.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.size}")
    private String email;

    @Size(max = Comment.WARD_MAX, message = "{comment.ward.size}")
    private String ward;

    /** The position as the enum, once validated. */
    public Position position() {
        return position == null ? null : Position.valueOf(position);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isNameWithheld() {
        return nameWithheld;
    }

    public void setNameWithheld(boolean nameWithheld) {
        this.nameWithheld = nameWithheld;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }
}
