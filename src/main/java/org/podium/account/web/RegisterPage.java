package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.time.Duration;
import org.podium.account.boundary.AccountData;
import org.podium.account.boundary.Accounts;
import org.podium.platform.Identities;
import org.podium.platform.PodiumConfig;
import org.podium.platform.SharedLimits;
import org.podium.web.Faces;

/** A resident creates an account; the verification link goes to the address given. */
@Named
@RequestScoped
public class RegisterPage {

    /** Sign-ups per network and hour (the whole cluster), whatever addresses they name: each one mails someone. */
    static final int PER_NETWORK = 20;

    @Inject
    SharedLimits limits;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @Valid
    private final AccountData account = new AccountData();

    private String website; // the honeypot: people leave it empty

    public String register() {
        if (website != null && !website.isBlank()) {
            return "/registered.xhtml?faces-redirect=true";
        }
        String network = String.valueOf(Identities.network(Faces.clientAddress()));
        var perNetwork = SharedLimits.window(limits, "register.network", PER_NETWORK, Duration.ofHours(1));
        long wait = perNetwork.waitSeconds(network);
        if (wait > 0) {
            Faces.error(null, "forgot.throttled", Math.max(1, (wait + 59) / 60));
            account.setPassword(null);
            return null;
        }
        perNetwork.record(network);
        if (!Faces.attempt("register", () -> {
            accounts.register(account, Faces.locale(), Faces.baseUrl(config));
        })) {
            account.setPassword(null);
            return null;
        }
        return "/registered.xhtml?faces-redirect=true";
    }

    public AccountData getAccount() {
        return account;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
