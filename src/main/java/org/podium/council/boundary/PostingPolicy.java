package org.podium.council.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.PodiumException;

/** The posting policy: the reasons a clerk gives for a rejection, public, kept by administrators. */
@Stateless
@PermitAll
public class PostingPolicy {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The reasons clerks may choose now, in the policy's order: the public policy page. */
    public List<ModerationReason> active() {
        return em.createQuery(
                        "select r from ModerationReason r where r.active = true order by r.position, r.id",
                        ModerationReason.class)
                .getResultList();
    }

    /** Every reason, retired ones included (past decisions keep their wording): the administrators' list. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ModerationReason> all() {
        return em.createQuery("select r from ModerationReason r order by r.position, r.id", ModerationReason.class)
                .getResultList();
    }

    /** Every reason, retired ones included, by its code: for wording past decisions (the public moderation log). */
    public Map<String, ModerationReason> everyByCode() {
        Map<String, ModerationReason> out = new HashMap<>();
        em.createQuery("select r from ModerationReason r", ModerationReason.class)
                .getResultList()
                .forEach(r -> out.put(r.getCode(), r));
        return out;
    }

    public Optional<ModerationReason> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from ModerationReason r where r.code = :c", ModerationReason.class)
                .setParameter("c", code.strip())
                .getResultStream()
                .findFirst();
    }

    /** The reason a clerk gave for a rejection: one of the policy's active reasons. */
    public ModerationReason activeReason(String code) {
        if (code == null || code.isBlank()) {
            throw PodiumException.invalid("reason", "comment.decision.reason.required");
        }
        return byCode(code)
                .filter(ModerationReason::isActive)
                .orElseThrow(() -> PodiumException.invalid("reason", "comment.decision.reason.unknown", code.strip()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ModerationReason add(String code, String publicEn, String publicEs, String authorEn, String authorEs) {
        int next = em.createQuery("select coalesce(max(r.position), 0) from ModerationReason r", Integer.class)
                        .getSingleResult()
                + 1;
        ModerationReason r = new ModerationReason(code, next);
        if (byCode(r.getCode()).isPresent()) {
            throw PodiumException.conflict("code", "policy.code.taken", r.getCode());
        }
        r.word(publicEn, publicEs, authorEn, authorEs, true);
        em.persist(r);
        em.flush();
        audit.record("policy.add", "moderation_reason", r.getId(), r.getCode());
        return r;
    }

    /** New wording, or retiring (or bringing back) a reason; {@code expectedVersion} as the administrator read it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ModerationReason change(
            String code,
            String publicEn,
            String publicEs,
            String authorEn,
            String authorEs,
            boolean active,
            Long expectedVersion) {
        ModerationReason r = byCode(code).orElseThrow(() -> PodiumException.notFound("policy.notFound"));
        if (expectedVersion != null && expectedVersion != r.getVersion()) {
            throw PodiumException.conflict(null, "policy.stale");
        }
        r.word(publicEn, publicEs, authorEn, authorEs, active);
        em.flush();
        audit.record("policy.change", "moderation_reason", r.getId(), r.getCode() + (active ? "" : " retired"));
        return r;
    }
}
