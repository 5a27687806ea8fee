package org.podium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Takes the mails that boundaries fire: each is written to the outbox in the firing transaction (so a mail exists
 * exactly when what it reports was committed, and a crash after the commit cannot lose it), and the sender is woken
 * once the transaction has committed. No request ever waits for the SMTP server.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSender sender;

    void enqueue(@Observes Mail mail) {
        em.persist(new OutboxMail(mail, Instant.now()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        sender.wake();
    }
}
