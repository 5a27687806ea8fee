package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.podium.platform.Labels;

/** A file sent with a comment: what the sender called it, what it really is, and where its bytes are. */
@Entity
@Table(name = "comment_attachment")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id", nullable = false)
    private Comment comment;

    @Column(nullable = false)
    private int number;

    @Column(name = "stored_name", nullable = false, length = 64, unique = true)
    private String storedName;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {}

    Attachment(
            Comment comment,
            int number,
            String storedName,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            Instant createdAt) {
        this.comment = comment;
        this.number = number;
        this.storedName = storedName;
        this.fileName = Labels.clean(fileName);
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
