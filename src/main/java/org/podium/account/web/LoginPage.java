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
import java.util.ArrayList;
import java.util.List;
import org.podium.account.boundary.Accounts;
import org.podium.account.boundary.PodiumAuthentication;
import org.podium.account.boundary.SecondFactorCredential;
import org.podium.account.control.Totp;
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
    private String code;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            remember(request);
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
        password = null;
        if (failure == null && PodiumAuthentication.pending(request).isPresent()) {
            return null; // the password was right: the page asks for the second step
        }
        if (failure != null && failure.retryAfterSeconds() > 0) {
            Faces.error(null, "login.throttled", Math.max(1, (failure.retryAfterSeconds() + 59) / 60));
        } else if (failure != null && failure.outcome() == Accounts.LoginOutcome.UNVERIFIED) {
            unverified = true;
            Faces.error(null, "login.unverified");
        } else if (failure != null && failure.outcome() == Accounts.LoginOutcome.DISABLED) {
            if (config.clerkContact().isPresent()) {
                Faces.error(
                        null, "login.disabled.contact", config.clerkContact().get());
            } else {
                Faces.error(null, "login.disabled");
            }
        } else {
            Faces.error(null, "login.failed");
        }
        return null;
    }

    /** The second step: the app's code (or a recovery code); an enrolment's recovery codes are then shown once. */
    public String verifyCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new SecondFactorCredential(code == null ? "" : code))
                        .newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            remember(request);
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) request.getAttribute(PodiumAuthentication.RECOVERY_CODES);
            if (codes != null) {
                // kept in the session until the person says they saved them: a change of language does not lose them
                request.getSession().setAttribute(PodiumAuthentication.CODES_TO_SHOW, new ArrayList<>(codes));
                return null;
            }
            Faces.keepMessages();
            Faces.info("login.welcome", displayName(request));
            ec.redirect(ec.getRequestContextPath() + safeTarget());
            return null;
        }
        if (response.isCommitted()) {
            faces.responseComplete();
            return null;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        var why = (PodiumAuthentication.SecondStepFailure) request.getAttribute(PodiumAuthentication.SECOND_FAILURE);
        var failure = (PodiumAuthentication.Failure) request.getAttribute(PodiumAuthentication.FAILURE);
        if (request.getAttribute(PodiumAuthentication.EMAIL) instanceof String typed) {
            email = typed; // back at the password: the address stays typed
        }
        if (why == PodiumAuthentication.SecondStepFailure.THROTTLED && failure != null) {
            Faces.error(null, "login.code.throttled", Math.max(1, (failure.retryAfterSeconds() + 59) / 60));
        } else if (why == PodiumAuthentication.SecondStepFailure.WRONG) {
            Faces.error("second:code", "login.code.wrong");
        } else {
            Faces.error(null, "login.code.expired");
        }
        return null;
    }

    /** Back to the password (another account, or no phone at hand). */
    public String cancelSecondStep() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.removeAttribute(PodiumAuthentication.PENDING);
        }
        return "/login.xhtml?faces-redirect=true";
    }

    private HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Whether the page asks for the second step (a password was accepted in this session a moment ago). */
    public boolean isSecondStep() {
        return PodiumAuthentication.pending(request()).isPresent();
    }

    /** Whether the second step is an enrolment (staff must have a second factor and this account has none yet). */
    public boolean isEnrolling() {
        return PodiumAuthentication.pending(request())
                .map(PodiumAuthentication.Pending::enrolling)
                .orElse(false);
    }

    /** The QR code of the new secret, for the app to read. */
    public String getEnrolQr() {
        return PodiumAuthentication.pending(request())
                .filter(PodiumAuthentication.Pending::enrolling)
                .map(p -> QrSvg.of(
                        Totp.uri(issuer(config), p.email(), p.enrolSecret()), Faces.text("twoFactor.qr.label")))
                .orElse("");
    }

    /** The new secret in groups of four, for an app that is typed into. */
    public String getEnrolSecret() {
        return PodiumAuthentication.pending(request())
                .filter(PodiumAuthentication.Pending::enrolling)
                .map(p -> Totp.grouped(p.enrolSecret()))
                .orElse("");
    }

    /** The issuer an authenticator app lists the account under: Podium and the council. */
    public static String issuer(PodiumConfig config) {
        return "Podium (" + config.councilName() + ")";
    }

    /** Where "Continue" leads after the recovery codes. */
    public String getTarget() {
        return safeTarget();
    }

    /** The recovery codes of an enrolment at this login, until the person says they saved them. */
    @SuppressWarnings("unchecked")
    public List<String> getRecoveryCodes() {
        HttpSession s = request().getSession(false);
        Object codes = s == null ? null : s.getAttribute(PodiumAuthentication.CODES_TO_SHOW);
        return codes instanceof List<?> l && s.getAttribute(PodiumAuthentication.SESSION_CALLER) != null
                ? (List<String>) l
                : null;
    }

    /** "I have saved them": the codes are gone from the session; on to where the login was going. */
    public void codesSaved() throws IOException {
        HttpSession s = request().getSession(false);
        if (s != null) {
            s.removeAttribute(PodiumAuthentication.CODES_TO_SHOW);
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + safeTarget());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String resendVerification() {
        if (!Faces.attempt("login", () -> {
            accounts.resendVerification(email, Faces.locale(), Faces.baseUrl(config));
        })) {
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

    /** Mails follow the language the person uses Podium in. */
    private void remember(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            try {
                accounts.rememberLanguage(
                        Long.parseLong(request.getUserPrincipal().getName()), Faces.locale());
            } catch (RuntimeException e) {
                // the language of mails is not worth a failed login
            }
        }
    }

    private static String displayName(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        Object c = s == null ? null : s.getAttribute(PodiumAuthentication.SESSION_CALLER);
        return c instanceof PodiumAuthentication.Caller caller ? caller.displayName() : "";
    }

    /** Only paths inside Podium: never an absolute URL, never "//host" (no open redirect). */
    String safeTarget() {
        String t = continueTo;
        if (t == null
                || t.isBlank()
                || !t.startsWith("/")
                || t.startsWith("//")
                || t.contains("\\")
                || t.contains("\r")
                || t.contains("\n")
                || t.startsWith("/login.xhtml")) {
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
