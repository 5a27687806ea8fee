package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.util.EnumSet;
import org.podium.account.boundary.AccountData;
import org.podium.account.boundary.FirstAdmin;
import org.podium.account.entity.Role;
import org.podium.web.Faces;

/** Creates the first administrator with the one-time token printed at start-up. */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    FirstAdmin firstAdmin;

    @Valid
    private final AccountData account = new AccountData();

    private String token;

    public boolean isOpen() {
        return firstAdmin.setupOpen();
    }

    public String create() {
        if (!Faces.attempt("setup", () -> {
            account.setRoles(EnumSet.of(Role.ADMIN));
            firstAdmin.setup(token, account);
        })) {
            return null;
        }
        Faces.keepMessages();
        Faces.info("setup.created");
        return "/login.xhtml?faces-redirect=true";
    }

    public AccountData getAccount() {
        return account;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
