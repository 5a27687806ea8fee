package org.podium.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Once a record's finalization commits, its PDFs are written in the background. */
@ApplicationScoped
public class RecordWriter {

    /** A meeting's record was finalized. */
    public record Finalized(long meetingId) {}

    @Inject
    RecordFiles files;

    void finalized(@Observes(during = TransactionPhase.AFTER_SUCCESS) Finalized event) {
        files.render(event.meetingId());
    }
}
