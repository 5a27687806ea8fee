package org.podium.account.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.account.boundary.Accounts;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;

/**
 * The page of a reset link: a new password, typed twice. Opening the link changes nothing (mail scanners follow links);
 * the button does. A link that is unknown, used or expired says so and offers a new one.
 */
@Named
@RequestScoped
public class ResetPage {

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    private String token;
    private String password;
    private String repeat;
    private String tokenProblem;

    /** On opening the link: whether it can still be used. */
    public void check() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            accounts.checkResetToken(token);
        } catch (RuntimeException e) {
            tokenProblem = tokenProblem(e);
        }
    }

    /** A new password typed, and typed the same twice; else the field at fault says why. Shared with My account. */
    public static boolean typedTwice(String formId, String password, String repeat) {
        if (password == null || password.isEmpty()) {
            Faces.error(Faces.clientId(formId, "password"), "reset.password.required");
            return false;
        }
        if (!password.equals(repeat)) {
            Faces.error(Faces.clientId(formId, "repeat"), "reset.repeat.differs");
            return false;
        }
        return true;
    }

    public String reset() {
        if (!typedTwice("reset", password, repeat)) {
            return null;
        }
        try {
            accounts.resetPassword(token, password, Faces.baseUrl(config));
        } catch (RuntimeException e) {
            String problem = tokenProblem(e);
            if (problem != null) {
                tokenProblem = problem;
                return null;
            }
            Faces.report(e, "reset");
            return null;
        } finally {
            password = null;
            repeat = null;
        }
        Faces.keepMessages();
        Faces.info("reset.done");
        return "/login.xhtml?faces-redirect=true";
    }

    /** The words for a link that cannot be used, or null when the problem is another (the password). */
    private static String tokenProblem(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PodiumException p && "token".equals(p.field())) {
            return Faces.text(p.messageKey());
        }
        if (t instanceof PodiumException) {
            return null;
        }
        throw e;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getTokenProblem() {
        return tokenProblem;
    }
}
