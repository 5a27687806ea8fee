package org.podium.comment.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.podium.comment.control.AttachmentPolicy;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.platform.PodiumException;

/** A comment a clerk enters from another channel: the position only if the sender stated one; contact optional. */
public class IntakeInput implements Serializable {

    @NotNull(message = "{comment.channel.required}")
    private String channel;

    @NotNull(message = "{comment.receivedAt.required}")
    private Instant receivedAt;

    @Pattern(regexp = "SUPPORT|OPPOSE|NEUTRAL", message = "{comment.position.required}")
    private String position;

    @Size(max = Comment.BODY_HARD_MAX, message = "{comment.text.size}")
    private String text;

    @Size(max = Comment.NAME_MAX, message = "{comment.name.size}")
    private String name;

    private boolean nameWithheld;

    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.size}")
    private String email;

    @Size(max = Comment.WARD_MAX, message = "{comment.ward.size}")
    private String ward;

    /** Files as base64: a scanned letter (PDF, PNG, JPEG) or a voicemail recording (MP3, WAV, OGG, M4A). */
    private List<FileJson> attachments = new ArrayList<>();

    public static class FileJson implements Serializable {
        private String fileName;
        private String contentBase64;

        public String getFileName() {
            return fileName;
        }

        public void setFileName(String fileName) {
            this.fileName = fileName;
        }

        public String getContentBase64() {
            return contentBase64;
        }

        public void setContentBase64(String contentBase64) {
            this.contentBase64 = contentBase64;
        }
    }

    /** The attachments decoded; a file that is not valid base64 is refused with its name. */
    public List<AttachmentPolicy.Upload> uploads() {
        List<AttachmentPolicy.Upload> result = new ArrayList<>();
        for (FileJson f : attachments == null ? List.<FileJson>of() : attachments) {
            try {
                result.add(new AttachmentPolicy.Upload(
                        f.getFileName(),
                        Base64.getMimeDecoder().decode(f.getContentBase64() == null ? "" : f.getContentBase64())));
            } catch (IllegalArgumentException e) {
                throw PodiumException.invalid(
                        "attachments", "attachment.base64", AttachmentPolicy.cleanName(f.getFileName()));
            }
        }
        return result;
    }

    public List<FileJson> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<FileJson> attachments) {
        this.attachments = attachments;
    }

    /** The channel, or null when it is not one of ours. */
    public Channel channel() {
        try {
            return channel == null ? null : Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Position position() {
        return position == null || position.isBlank() ? null : Position.valueOf(position);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position == null || position.isBlank() ? null : position;
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
