package org.podium.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Mails that Podium sent to the test SMTP server (GreenMail). */
public final class Mailbox {

    private Mailbox() {}

    /** The newest mail to the address, waiting up to 30 seconds for it (mails go out after the commit, on another thread). */
    public static MimeMessage await(String address) throws Exception {
        return await(address, "");
    }

    /** The newest mail to the address whose subject contains {@code subject}, waiting up to 30 seconds for it. */
    public static MimeMessage await(String address, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] all = TestInfrastructure.mail().getReceivedMessages();
            for (int i = all.length - 1; i >= 0; i--) {
                MimeMessage m = all[i];
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address))
                        && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            TestInfrastructure.mail().waitForIncomingEmail(1000, all.length + 1);
        }
        throw new AssertionError("no mail to " + address + " within 30 s");
    }

    /** The newest mail to the address with {@code subject} that is not {@code earlier}, waiting up to 30 seconds. */
    public static MimeMessage awaitNew(String address, String subject, MimeMessage earlier) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage m = await(address, subject);
            if (m != earlier && !m.getContent().equals(earlier.getContent())) {
                return m;
            }
            // wait for the next mail to arrive, not for a fixed time
            TestInfrastructure.mail()
                    .waitForIncomingEmail(1000, TestInfrastructure.mail().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no new mail to " + address + " within 30 s");
    }

    /**
     * The author key of the newest receipt mail for this tracking number. The mail server is shared by every test
     * class, and ClusterIT's instances number their comments in a database of their own: an older receipt may carry
     * the same number.
     */
    public static String authorKey(String trackingNumber) throws Exception {
        return receiptParameter(trackingNumber, "k");
    }

    /** The token of the newest receipt mail for this tracking number that confirms the address ({@code &c=…}). */
    public static String confirmToken(String trackingNumber) throws Exception {
        return receiptParameter(trackingNumber, "c");
    }

    private static String receiptParameter(String trackingNumber, String name) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            var messages = TestInfrastructure.mail().getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (messages[i].getSubject().contains(trackingNumber)) {
                    var matcher = Pattern.compile("[?&]" + name + "=([A-Za-z0-9_-]+)")
                            .matcher((String) messages[i].getContent());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no receipt for " + trackingNumber);
            }
            TestInfrastructure.mail().waitForIncomingEmail(1000, messages.length + 1);
        }
    }
}
