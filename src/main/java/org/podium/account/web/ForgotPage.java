package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.account.boundary.Accounts;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/**
 * "Forgot your password?": a one-time link to the address, if it has an account. The answer is the same whether it
 * does or not, so the form tells no one which addresses have accounts.
 */
@Named
@RequestScoped
public class ForgotPage {

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
        accounts.requestPasswordReset(address, Faces.locale(), Faces.baseUrl(config));
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
