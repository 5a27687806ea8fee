package org.podium.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.record.boundary.RecordFiles;
import org.podium.record.boundary.Records;
import org.podium.web.Faces;

/** The official record on the meeting pages: the clerk finalizes it; everyone finds its files and its final hash. */
@Named
@RequestScoped
public class RecordPanel {

    @Inject
    Records records;

    @Inject
    RecordFiles files;

    private Records.Summary summary;
    private Long summaryOf;

    /** The finalized record of the meeting, or null. */
    public Records.Summary summary(long meetingId) {
        if (summaryOf == null || summaryOf != meetingId) {
            summary = records.summary(meetingId).orElse(null);
            summaryOf = meetingId;
        }
        return summary;
    }

    /** The state of the record's PDF in the reader's language, or null before it is started. */
    public RecordFiles.State pdf(long meetingId) {
        return files.state(meetingId, Faces.locale().getLanguage()).orElse(null);
    }

    public String finalizeRecord(long meetingId) {
        try {
            records.finalize(meetingId);
            Faces.keepMessages();
            Faces.info("record.finalized");
            return "/clerk/meeting.xhtml?faces-redirect=true&id=" + meetingId;
        } catch (RuntimeException e) {
            Faces.report(e, "record");
            return null;
        }
    }
}
