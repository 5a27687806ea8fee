package org.podium.privacy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.boundary.AuthorData;
import org.podium.platform.PodiumException;
import org.podium.privacy.entity.PrivacyPolicy;
import org.podium.record.boundary.Records;
import org.podium.speaker.boundary.Speakers;

/**
 * The retention schedule: N days (an administrator's setting) after a meeting's record is final, the personal data of
 * its comments and sign-ups that was never published — e-mail addresses, wards, the network a comment came from, a
 * sign-up's address — is erased; what the record published (names, words) stays, so the record still verifies. Every
 * instance checks hourly; a meeting is purged once, and each purge is audited with its counts.
 */
@Stateless
@PermitAll
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    /** What one run erased. */
    public record Purge(int meetings, int comments, int signUps) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    AuthorData authorData;

    @Inject
    Speakers speakers;

    @Inject
    AuditTrail audit;

    public Integer days() {
        PrivacyPolicy p = em.find(PrivacyPolicy.class, PrivacyPolicy.ID);
        return p == null ? null : p.getRetentionDays();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Integer setDays(Integer days) {
        if (days != null && (days < 0 || days > PrivacyPolicy.MAX_DAYS)) {
            throw PodiumException.invalid("days", "retention.days.range", PrivacyPolicy.MAX_DAYS);
        }
        PrivacyPolicy p = em.find(PrivacyPolicy.class, PrivacyPolicy.ID, LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(p.getRetentionDays(), days)) {
            p.setRetentionDays(days, Instant.now());
            audit.record("retention.days", "privacy_policy", PrivacyPolicy.ID, days == null ? "keep" : days + " days");
        }
        return days;
    }

    /** Hourly, on every instance (a purge is idempotent: a meeting purged is not purged again). */
    @Schedule(hour = "*", minute = "23", persistent = false)
    void scheduled() {
        if (days() != null) {
            purge();
        }
    }

    /** Runs the schedule now (an administrator, after changing the setting). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Purge runNow() {
        return purge();
    }

    private Purge purge() {
        Integer days = days();
        if (days == null) {
            return new Purge(0, 0, 0);
        }
        List<Long> due = records.finalizedUnpurgedBefore(Instant.now().minus(Duration.ofDays(days)));
        int c = 0;
        int s = 0;
        for (Long meeting : due) {
            int mc = authorData.purgeUnpublished(meeting);
            int ms = speakers.purgeContact(meeting);
            records.markPurged(meeting);
            audit.record("retention.purge", "meeting", meeting, mc + " comments, " + ms + " sign-ups");
            LOG.info(() -> "retention: meeting " + meeting + " purged (" + mc + " comments, " + ms + " sign-ups)");
            c += mc;
            s += ms;
        }
        return new Purge(due.size(), c, s);
    }
}
