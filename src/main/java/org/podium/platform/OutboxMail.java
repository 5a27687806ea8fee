package org.podium.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A mail waiting in the outbox: written in the transaction of what it reports, sent by {@link MailSender}.
 * Only inserted through JPA; the sender claims, sends and marks rows over plain JDBC.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 65_535)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxMail() {}

    public OutboxMail(Mail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }
}
