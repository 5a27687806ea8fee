package org.podium.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.podium.platform.Outbox.Pending;

/**
 * Sends the outbox, on one thread per instance: woken after each commit that wrote a mail, and every
 * {@value #SWEEP_SECONDS} seconds for retries and for mails left by a crashed instance. It claims up to
 * {@value #BATCH} due rows at a time (a claim lasts {@value #CLAIM_MINUTES} minutes, so two instances never send one
 * mail twice), sends them over one SMTP connection and marks them sent; a failed mail is retried with a growing delay
 * (1, 2, 4 … minutes, at most an hour) up to {@value #MAX_ATTEMPTS} times. A crash between sending and marking sends
 * that batch again once the claim expires: a receipt may arrive twice, never not at all.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    static final int BATCH = 50;
    static final int SWEEP_SECONDS = 15;
    static final int CLAIM_MINUTES = 5;
    static final int MAX_ATTEMPTS = 20;
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @EJB
    Outbox outbox;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PodiumConfig config;

    private final Semaphore signal = new Semaphore(0);
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread thread;
    private Session session;
    private Instant lastWarning = Instant.EPOCH;

    @PostConstruct
    void start() {
        // Jakarta Mail otherwise looks its stream provider up through the service loader for every header it
        // encodes, scanning every jar: name the provider the runtime ships, unless the operator named another.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        running = true;
        thread = threads.newThread(this::run);
        thread.setName("podium-mail-sender");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called after a commit that wrote a mail: costs the caller nothing but a permit. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    private void run() {
        while (running) {
            try {
                signal.tryAcquire(SWEEP_SECONDS, TimeUnit.SECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            try {
                while (running && sendDue() == BATCH) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                warn("The mail outbox could not be read: " + e.getMessage());
            }
        }
    }

    /** Claims, sends and marks one batch of due mails; returns how many were claimed. */
    int sendDue() {
        boolean smtp = config.smtpHost().isPresent();
        if (!smtp && !config.demoMode()) {
            warn("No SMTP server configured (MAIL_SMTP_HOST): mails wait in the outbox until one is");
            return 0;
        }
        Instant now = Instant.now();
        String claim = instance + ":" + System.nanoTime() % 1000;
        List<Pending> batch = outbox.claim(claim, now, Duration.ofMinutes(CLAIM_MINUTES), BATCH, MAX_ATTEMPTS);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        List<Pending> failed = new ArrayList<>();
        String error = null;
        if (!smtp) {
            for (Pending p : batch) {
                LOG.info(() -> "No SMTP server configured (MAIL_SMTP_HOST); demo mail to " + p.to() + ":\n"
                        + "Subject: " + p.subject() + "\n\n" + p.body());
                sent.add(p.id());
            }
        } else {
            error = send(batch, sent, failed);
        }
        outbox.sent(sent, Instant.now());
        if (!failed.isEmpty()) {
            outbox.failed(failed, error == null ? "refused by the SMTP server" : error, Instant.now());
        }
        return batch.size();
    }

    /** Sends the batch over one connection; returns the error that stopped it, if any. */
    private String send(List<Pending> batch, List<Long> sent, List<Pending> failed) {
        Transport transport = null;
        try {
            transport = session().getTransport("smtp");
            transport.connect();
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                try {
                    MimeMessage m = message(p);
                    transport.sendMessage(m, m.getAllRecipients());
                    sent.add(p.id());
                } catch (SendFailedException e) {
                    // this recipient was refused; the connection is still good
                    failed.add(p);
                    LOG.warning(() -> "A mail was refused by the SMTP server: " + e.getMessage());
                }
            }
            return null;
        } catch (MessagingException e) {
            for (Pending p : batch) {
                if (!sent.contains(p.id()) && !failed.contains(p)) {
                    failed.add(p);
                }
            }
            warn("Sending mail failed, will retry: " + e.getMessage());
            return e.getMessage();
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the SMTP connection", e);
                }
            }
        }
    }

    private MimeMessage message(Pending p) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(config.mailFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(p.to()));
        message.setSubject(p.subject(), StandardCharsets.UTF_8.name());
        message.setText(p.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }

    private Session session() {
        if (session == null) {
            Properties props = new Properties();
            props.put("mail.smtp.host", config.smtpHost().orElseThrow());
            props.put("mail.smtp.port", String.valueOf(config.smtpPort()));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
            session = Session.getInstance(props);
        }
        return session;
    }

    private void warn(String message) {
        Instant now = Instant.now();
        if (now.isAfter(lastWarning.plusSeconds(60))) {
            lastWarning = now;
            LOG.warning(message);
        }
    }
}
