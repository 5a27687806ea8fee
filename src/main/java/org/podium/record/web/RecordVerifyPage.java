package org.podium.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumException;
import org.podium.record.boundary.Records;
import org.podium.web.Faces;

/**
 * The record's check as a page anyone can read (the link on a meeting's page used to open raw JSON): whether the
 * chain still ends at the final hash and every comment still matches its entry, or the first entry that does not.
 * A stateless reading page, so the micro-cache keeps a crowd to about one check a second.
 */
@Named
@RequestScoped
public class RecordVerifyPage {

    /** The meeting named in the address (OmniFaces @Param). */
    @Inject
    @Param(name = "meeting")
    String meeting;

    /** The reasons a check gives, by their message keys (the check words them in English for the API). */
    static final List<String> REASONS = List.of(
            "record.verify.entryChanged",
            "record.verify.commentChanged",
            "record.verify.commentGone",
            "record.verify.finalHash");

    @Inject
    Records records;

    private Records.Verification result;
    private boolean read;

    /** The meeting asked for, or null when the address names none. */
    public Long getMeetingId() {
        String id = meeting;
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The check, or null when the meeting has no finalized record. */
    public Records.Verification getResult() {
        if (!read) {
            read = true;
            Long id = getMeetingId();
            if (id != null) {
                try {
                    result = records.verify(id);
                } catch (PodiumException e) {
                    result = null;
                }
            }
        }
        return result;
    }

    /** Why the check failed, in the reader's language. */
    public String getReason() {
        Records.Verification v = getResult();
        if (v == null || v.reason() == null) {
            return "";
        }
        for (String key : REASONS) {
            if (v.reason().equals(Bundles.message(Locale.ENGLISH, key))) {
                return Faces.text(key);
            }
        }
        return v.reason();
    }
}
