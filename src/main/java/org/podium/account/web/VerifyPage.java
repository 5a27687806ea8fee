package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.account.boundary.Accounts;
import org.podium.web.Faces;

/** The page of the e-mailed link: confirming is a button (a POST), so that mail scanners that follow links change nothing. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Accounts accounts;

    private String token;
    private boolean verified;

    public String verify() {
        Faces.attempt(null, () -> {
            String name = accounts.verify(token);
            verified = true;
            Faces.info("verify.done", name);
        });
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
