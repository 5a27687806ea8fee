package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.podium.account.boundary.Accounts;
import org.podium.account.boundary.PodiumAuthentication;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/** Log in (a new session id at every login) and log out (the session ends). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    private String email;
    private String password;
    private String continueTo;
    private boolean unverified;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, password == null ? "" : password))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.keepMessages();
            Faces.info("login.welcome", request.getUserPrincipal() == null ? "" : displayName(request));
            ec.redirect(ec.getRequestContextPath() + safeTarget());
            return null;
        }
        var failure = (PodiumAuthentication.Failure) request.getAttribute(PodiumAuthentication.FAILURE);
        if (response.isCommitted()) {
            faces.responseComplete();
            return null;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (failure != null && failure.retryAfterSeconds() > 0) {
            Faces.error(null, "login.throttled", Math.max(1, (failure.retryAfterSeconds() + 59) / 60));
        } else if (failure != null && failure.outcome() == Accounts.LoginOutcome.UNVERIFIED) {
            unverified = true;
            Faces.error(null, "login.unverified");
        } else if (failure != null && failure.outcome() == Accounts.LoginOutcome.DISABLED) {
            if (config.clerkContact().isPresent()) {
                Faces.error(null, "login.disabled.contact", config.clerkContact().get());
            } else {
                Faces.error(null, "login.disabled");
            }
        } else {
            Faces.error(null, "login.failed");
        }
        password = null;
        return null;
    }

    public String resendVerification() {
        try {
            accounts.resendVerification(email, Faces.locale(), Faces.baseUrl(config));
        } catch (RuntimeException e) {
            Faces.report(e, "login");
            return null;
        }
        Faces.info("login.resent");
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ec.redirect(ec.getRequestContextPath() + "/index.xhtml?loggedOut=true");
    }

    private static String displayName(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        Object c = s == null ? null : s.getAttribute(PodiumAuthentication.SESSION_CALLER);
        return c instanceof PodiumAuthentication.Caller caller ? caller.displayName() : "";
    }

    /** Only paths inside Podium: never an absolute URL, never "//host" (no open redirect). */
    String safeTarget() {
        String t = continueTo;
        if (t == null || t.isBlank() || !t.startsWith("/") || t.startsWith("//") || t.contains("\\")
                || t.contains("\r") || t.contains("\n") || t.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return t;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public boolean isUnverified() {
        return unverified;
    }
}
