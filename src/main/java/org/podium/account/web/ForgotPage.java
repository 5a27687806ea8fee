package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.logging.Logger;
import org.podium.account.boundary.Accounts;
import org.podium.platform.Identities;
import org.podium.platform.PodiumConfig;
import org.podium.platform.SharedLimits;
import org.podium.web.Faces;

/**
 * "Forgot your password?": a one-time link to the address, if it has an account. The answer is the same whether it
 * does or not, so the form tells no one which addresses have accounts.
 */
@Named
@RequestScoped
public class ForgotPage {

    private static final Logger LOG = Logger.getLogger("org.podium.security");

    /** Requests per network and hour (the whole cluster), whatever addresses they name: a form, not a mail cannon. */
    private static final int PER_NETWORK = 30;

    @Inject
    SharedLimits limits;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    private String email;
    private boolean sent;

    public String send() {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            Faces.error(Faces.clientId("forgot", "email"), "forgot.email.required");
            return null;
        }
        if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+")) {
            Faces.error(Faces.clientId("forgot", "email"), "account.email.invalid");
            return null;
        }
        String from = Identities.network(Faces.clientAddress());
        var perNetwork = SharedLimits.window(limits, "forgot.network", PER_NETWORK, Duration.ofHours(1));
        long wait = perNetwork.waitSeconds(String.valueOf(from));
        if (wait > 0) {
            Faces.error(null, "forgot.throttled", Math.max(1, (wait + 59) / 60));
            return null;
        }
        perNetwork.record(String.valueOf(from));
        // the same answer whatever happens: a link is mailed only to an address Podium can trust (PODIUM_PUBLIC_URL)
        Faces.trustedBaseUrl(config)
                .ifPresentOrElse(
                        url -> accounts.requestPasswordReset(address, Faces.locale(), url),
                        () -> LOG.warning("password link not sent: set PODIUM_PUBLIC_URL (the request named host "
                                + ((HttpServletRequest) FacesContext.getCurrentInstance()
                                                .getExternalContext()
                                                .getRequest())
                                        .getServerName()
                                + ")"));
        sent = true;
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
