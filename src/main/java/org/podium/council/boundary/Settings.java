package org.podium.council.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.council.entity.CouncilSettings;
import org.podium.council.entity.UnverifiedComments;
import org.podium.platform.PodiumException;

/** The council's settings: read by every submission, changed by administrators, every change audited. */
@Stateless
@PermitAll
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The settings row, written at the first start ({@link CouncilDefaults}). */
    public CouncilSettings current() {
        CouncilSettings s = em.find(CouncilSettings.class, CouncilSettings.ID);
        if (s == null) {
            throw new IllegalStateException("council_settings has no row: Podium writes it at start-up");
        }
        return s;
    }

    /** The same, for the administrators' settings page and API. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CouncilSettings forAdministrators() {
        return current();
    }

    /**
     * An administrator changes the rules. {@code expectedVersion} is the version the administrator saw: when another
     * administrator saved in between, nothing changes and the message says so.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CouncilSettings change(
            Integer commentMaxLength, Boolean acceptLate, UnverifiedComments unverified, Long expectedVersion) {
        CouncilSettings s = current();
        return change(
                commentMaxLength, acceptLate, unverified, s.isAutoPublish(), s.getReportThreshold(), expectedVersion);
    }

    /** The same with the moderation rules: auto-publishing and the number of reports that hide a comment. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CouncilSettings change(
            Integer commentMaxLength,
            Boolean acceptLate,
            UnverifiedComments unverified,
            Boolean autoPublish,
            Integer reportThreshold,
            Long expectedVersion) {
        if (commentMaxLength == null
                || commentMaxLength < CouncilSettings.MIN_LENGTH
                || commentMaxLength > CouncilSettings.MAX_LENGTH) {
            throw PodiumException.invalid(
                    "commentMaxLength",
                    "settings.maxLength.range",
                    CouncilSettings.MIN_LENGTH,
                    CouncilSettings.MAX_LENGTH);
        }
        if (acceptLate == null) {
            throw PodiumException.invalid("acceptLate", "settings.acceptLate.required");
        }
        if (unverified == null) {
            throw PodiumException.invalid("unverifiedComments", "settings.unverified.required");
        }
        if (autoPublish == null) {
            throw PodiumException.invalid("autoPublish", "settings.autoPublish.required");
        }
        if (reportThreshold == null || reportThreshold < 1 || reportThreshold > CouncilSettings.MAX_REPORT_THRESHOLD) {
            throw PodiumException.invalid(
                    "reportThreshold", "settings.reportThreshold.range", 1, CouncilSettings.MAX_REPORT_THRESHOLD);
        }
        CouncilSettings s = current();
        if (expectedVersion != null && expectedVersion != s.getVersion()) {
            throw PodiumException.conflict(null, "settings.stale");
        }
        s.change(commentMaxLength, acceptLate, unverified, autoPublish, reportThreshold);
        audit.record(
                "settings.change",
                "council_settings",
                CouncilSettings.ID,
                "commentMaxLength=" + commentMaxLength
                        + " acceptLate=" + acceptLate + " unverifiedComments=" + unverified + " autoPublish="
                        + autoPublish
                        + " reportThreshold=" + reportThreshold);
        em.flush();
        return s;
    }
}
