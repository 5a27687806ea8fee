package org.podium.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Records staff decisions in the caller's transaction, so a decision and its audit row commit together. */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger("org.podium.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetType, Long targetId, String details) {
        var principal = security.getCallerPrincipal();
        String actor = principal == null ? "system" : principal.getName();
        em.persist(new AuditEvent(Instant.now(), actor, action, targetType, targetId, details));
        LOG.info(() -> "audit " + action + " " + targetType + "#" + targetId + " by account " + actor);
    }

    public List<AuditEvent> forTarget(String targetType, Long targetId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.targetType = :t and e.targetId = :id order by e.id",
                        AuditEvent.class)
                .setParameter("t", targetType)
                .setParameter("id", targetId)
                .getResultList();
    }
}
