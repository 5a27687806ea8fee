package org.podium.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.podium.platform.BaseEntity;
import org.podium.platform.PodiumException;

/**
 * One reason of the posting policy: its code, what the public reads (in a comment's history and the moderation log)
 * and what the author is sent, in English and Spanish. Retired rather than deleted, so past decisions keep their text.
 */
@Entity
@Table(name = "moderation_reason")
public class ModerationReason extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    public static final int PUBLIC_MAX = 300;
    public static final int AUTHOR_MAX = 2000;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "public_text_en", nullable = false, length = PUBLIC_MAX)
    private String publicTextEn;

    @Column(name = "public_text_es", nullable = false, length = PUBLIC_MAX)
    private String publicTextEs;

    @Column(name = "author_text_en", nullable = false, length = AUTHOR_MAX)
    private String authorTextEn;

    @Column(name = "author_text_es", nullable = false, length = AUTHOR_MAX)
    private String authorTextEs;

    @Column(nullable = false)
    private boolean active = true;

    protected ModerationReason() {}

    public ModerationReason(String code, int position) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw PodiumException.invalid("code", "policy.code.format");
        }
        this.code = c;
        this.position = position;
    }

    /** New wording (every text required, within its length) and whether clerks may still choose the reason. */
    public void word(String publicEn, String publicEs, String authorEn, String authorEs, boolean stillActive) {
        this.publicTextEn = required("publicTextEn", publicEn, PUBLIC_MAX);
        this.publicTextEs = required("publicTextEs", publicEs, PUBLIC_MAX);
        this.authorTextEn = required("authorTextEn", authorEn, AUTHOR_MAX);
        this.authorTextEs = required("authorTextEs", authorEs, AUTHOR_MAX);
        this.active = stillActive;
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw PodiumException.invalid(field, "policy.text.required");
        }
        if (v.length() > max) {
            throw PodiumException.invalid(field, "policy.text.size", max);
        }
        return v;
    }

    /** What the public reads, in the reader's language (Spanish, else English). */
    public String publicText(Locale lang) {
        return spanish(lang) ? publicTextEs : publicTextEn;
    }

    /** What the author is sent, in the author's language. */
    public String authorText(Locale lang) {
        return spanish(lang) ? authorTextEs : authorTextEn;
    }

    private static boolean spanish(Locale lang) {
        return lang != null && "es".equals(lang.getLanguage());
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getPublicTextEn() {
        return publicTextEn;
    }

    public String getPublicTextEs() {
        return publicTextEs;
    }

    public String getAuthorTextEn() {
        return authorTextEn;
    }

    public String getAuthorTextEs() {
        return authorTextEs;
    }

    public boolean isActive() {
        return active;
    }
}
