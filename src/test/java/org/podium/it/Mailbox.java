package org.podium.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

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
}
