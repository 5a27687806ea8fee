package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.podium.account.boundary.AccountData;
import org.podium.account.boundary.Accounts;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/** A resident creates an account; the verification link goes to the address given. */
@Named
@RequestScoped
public class RegisterPage {

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
        try {
            accounts.register(account, Faces.locale(), Faces.baseUrl(config));
        } catch (RuntimeException e) {
            Faces.report(e, "register");
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
