package org.podium.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails that boundaries ask for, after their transaction has committed (a link in a mail always points
 * at something stored), on a managed thread so that no request waits for the SMTP server. Without an SMTP server
 * (mail.smtp.host unset) a demo instance writes the mail to its log so that a trial can follow the links; any other
 * instance only warns, since mails carry one-time tokens.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    PodiumConfig config;

    @Resource
    ManagedExecutorService executor;

    void onMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        executor.execute(() -> send(mail));
    }

    private volatile Session session;

    /**
     * One mail session for the application: creating one reads every jar's mail provider list, which made each mail
     * cost more CPU than the comment it acknowledges.
     */
    private Session session(String host) {
        Session s = session;
        if (s == null) {
            Properties props = new Properties();
            props.put("mail.smtp.host", host);
            props.put("mail.smtp.port", String.valueOf(config.smtpPort()));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
            s = Session.getInstance(props);
            session = s;
        }
        return s;
    }

    public void send(Mail mail) {
        var host = config.smtpHost();
        if (host.isEmpty()) {
            if (config.demoMode()) {
                LOG.info(() -> "No SMTP server configured (MAIL_SMTP_HOST); demo mail to " + mail.to() + ":\n"
                        + "Subject: " + mail.subject() + "\n\n" + mail.body());
            } else {
                LOG.warning("No SMTP server configured (MAIL_SMTP_HOST): a mail was not sent");
            }
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session(host.get()));
            message.setFrom(new InternetAddress(config.mailFrom()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Sending a mail failed: " + e.getMessage());
        }
    }
}
