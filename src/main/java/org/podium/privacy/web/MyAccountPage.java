package org.podium.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.podium.account.boundary.Accounts;
import org.podium.account.boundary.ApiTokens;
import org.podium.account.boundary.PodiumAuthentication;
import org.podium.account.boundary.TwoFactor;
import org.podium.account.control.Totp;
import org.podium.account.entity.Account;
import org.podium.account.entity.ApiToken;
import org.podium.account.entity.Role;
import org.podium.account.web.CurrentUser;
import org.podium.account.web.LoginPage;
import org.podium.account.web.QrSvg;
import org.podium.account.web.ResetPage;
import org.podium.comment.boundary.Authors;
import org.podium.comment.entity.Comment;
import org.podium.platform.PodiumConfig;
import org.podium.privacy.boundary.MyData;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;
import org.podium.web.Faces;

/**
 * "My account": everything Podium holds for the person signed in — their comments and sign-ups to speak (each with
 * its status and a link to its page), their password, second factor and API tokens, their data to download and the
 * account to delete. It lives in {@code privacy}, the feature above account, comment and speaker, because it shows
 * all of them (in {@code account} it tied that feature to comment and speaker in a cycle).
 */
@Named
@RequestScoped
public class MyAccountPage {

    @Inject
    Authors authors;

    @Inject
    Speakers speakers;

    private List<Comment> myComments;
    private List<Speaker> mySignUps;

    public List<Comment> getComments() {
        if (myComments == null) {
            myComments = authors.mine();
        }
        return myComments;
    }

    public List<Speaker> getSignUps() {
        if (mySignUps == null) {
            mySignUps = speakers.mine();
        }
        return mySignUps;
    }

    public String status(Speaker s) {
        return Speakers.statusText(s, Faces.locale());
    }

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PodiumConfig config;

    private String current;
    private String password;
    private String repeat;

    /** The account's e-mail address, shown (it is where receipts and password links go). */
    public String getEmail() {
        return currentUser.account().map(Account::getEmail).orElse("");
    }

    /** Changes the password; every session of the account ends, this one too, and the login page says why. */
    public String changePassword() throws IOException {
        try {
            if (!ResetPage.typedTwice("changePassword", password, repeat)) {
                return null;
            }
            accounts.changePassword(currentUser.accountId(), current, password, Faces.baseUrl(config));
        } catch (RuntimeException e) {
            Faces.report(e, "changePassword");
            return null;
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
        // the session (and with it the flash) is gone: the login page says it from its address
        return signedOut("/login.xhtml?faces-redirect=true&passwordChanged=true");
    }

    /** Ends this session (the account's others ended with the change) and goes where the change is said. */
    private static String signedOut(String outcome) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // the session ends below all the same
        }
        external.invalidateSession();
        return outcome;
    }

    // ---- two-step sign-in ----------------------------------------------------------------------------------------

    /** Session attribute: the secret of an enrolment begun on this page, until its first code is typed. */
    static final String ENROL_SECRET = "podium.account.enrolSecret";

    @Inject
    TwoFactor twoFactor;

    @Inject
    ApiTokens apiTokens;

    private String code;

    private HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private String enrolSecret() {
        var s = request().getSession(false);
        return s == null ? null : (String) s.getAttribute(ENROL_SECRET);
    }

    public boolean isTwoFactorOn() {
        return currentUser.account().map(Account::hasTotp).orElse(false);
    }

    public Instant getTwoFactorSince() {
        return currentUser.account().map(Account::getTotpEnabledAt).orElse(null);
    }

    public long getRecoveryCodesLeft() {
        return twoFactor.recoveryCodesLeft(currentUser.accountId());
    }

    /** Whether the administrator requires it of this (staff) account, so that it cannot be turned off. */
    public boolean isTwoFactorRequired() {
        return currentUser
                .account()
                .map(a -> a.isStaff() && twoFactor.staffRequired())
                .orElse(false);
    }

    /** Whether an enrolment is under way (the QR code shown, the first code awaited). */
    public boolean isEnrolling() {
        return !isTwoFactorOn() && enrolSecret() != null;
    }

    public String beginEnrolment() {
        request().getSession(true).setAttribute(ENROL_SECRET, Totp.newSecret());
        return null;
    }

    public String cancelEnrolment() {
        var s = request().getSession(false);
        if (s != null) {
            s.removeAttribute(ENROL_SECRET);
        }
        return null;
    }

    public String getEnrolQr() {
        String secret = enrolSecret();
        return secret == null
                ? ""
                : QrSvg.of(Totp.uri(LoginPage.issuer(config), getEmail(), secret), Faces.text("twoFactor.qr.label"));
    }

    public String getEnrolSecret() {
        String secret = enrolSecret();
        return secret == null ? "" : Totp.grouped(secret);
    }

    /** Turns the second factor on with the app's first code; this session goes on, the others end. */
    public String turnOn() {
        String secret = enrolSecret();
        if (secret != null) {
            withCode(typed -> {
                var enrolled = twoFactor.enrol(currentUser.accountId(), secret, typed);
                PodiumAuthentication.renew(request(), enrolled.account());
                showCodes(enrolled.recoveryCodes());
                cancelEnrolment();
                Faces.info("account.twoFactor.turnedOn");
            });
        }
        return null;
    }

    public String newRecoveryCodes() {
        withCode(typed -> showCodes(twoFactor.newRecoveryCodes(currentUser.accountId(), typed)));
        return null;
    }

    public String turnOff() {
        withCode(typed -> {
            var a = twoFactor.turnOff(currentUser.accountId(), typed);
            PodiumAuthentication.renew(request(), a);
            Faces.info("account.twoFactor.turnedOff");
        });
        return null;
    }

    /**
     * One action with the code typed: refused, the reason beside the field; either way the one-time code is not shown
     * again (the next one is typed into an empty field).
     */
    private void withCode(Consumer<String> action) {
        String typed = code;
        code = null;
        Faces.attempt("twoFactor", () -> {
            action.accept(typed);
        });
    }

    /** Recovery codes just made stay on the page (a change of language included) until the person saved them. */
    private void showCodes(List<String> codes) {
        request().getSession(true).setAttribute(PodiumAuthentication.CODES_TO_SHOW, new ArrayList<>(codes));
    }

    @SuppressWarnings("unchecked")
    public List<String> getRecoveryCodes() {
        var s = request().getSession(false);
        Object codes = s == null ? null : s.getAttribute(PodiumAuthentication.CODES_TO_SHOW);
        return codes instanceof List<?> l ? (List<String>) l : null;
    }

    public String codesSaved() {
        var s = request().getSession(false);
        if (s != null) {
            s.removeAttribute(PodiumAuthentication.CODES_TO_SHOW);
        }
        return "/account/index.xhtml?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    // ---- the resident's data -------------------------------------------------------------------------------------

    @Inject
    MyData myData;

    private String deletePassword;
    private String deleteCode;

    /** Deletes the account (password, and code when it has a second factor); signs out; the home page says it. */
    public String deleteAccount() {
        try {
            myData.erase(currentUser.accountId(), deletePassword, deleteCode);
        } catch (RuntimeException e) {
            Faces.report(e, "deleteAccount");
            return null;
        } finally {
            deletePassword = null;
            deleteCode = null;
        }
        return signedOut("/index.xhtml?faces-redirect=true&accountDeleted=true");
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }

    public String getDeleteCode() {
        return deleteCode;
    }

    public void setDeleteCode(String deleteCode) {
        this.deleteCode = deleteCode;
    }

    // ---- API tokens -------------------------------------------------------------------------------------------

    private String tokenName;
    private String tokenScope = "READ";
    private Integer tokenDays = ApiTokens.DEFAULT_DAYS;
    private String createdToken;
    private List<ApiToken> tokens;

    public boolean isStaff() {
        return currentUser.account().map(Account::isStaff).orElse(false);
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.of(currentUser.accountId());
        }
        return tokens;
    }

    /** The scopes this account may give a token. */
    public List<String> getScopes() {
        var roles = currentUser.account().map(Account::getRoles).orElse(EnumSet.noneOf(Role.class));
        return Arrays.stream(ApiToken.Scope.values())
                .filter(sc -> sc.fits(roles))
                .map(Enum::name)
                .toList();
    }

    public String tokenState(ApiToken t) {
        if (t.getRevokedAt() != null) {
            return "revoked";
        }
        return t.usableAt(Instant.now()) ? "active" : "expired";
    }

    public String createToken() {
        Faces.attempt("newToken", () -> {
            var created = apiTokens.create(
                    currentUser.accountId(), tokenName, tokenScope, tokenDays, currentUser.accountId());
            createdToken = created.secret();
            tokenName = null;
            tokens = null;
        });
        return null;
    }

    public String revokeToken(long id) {
        Faces.attempt("tokens", () -> {
            var t = apiTokens.revoke(currentUser.accountId(), id);
            Faces.info("account.tokens.revoked", t.getName());
            tokens = null;
        });
        return null;
    }

    public String getCreatedToken() {
        return createdToken;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(String tokenScope) {
        this.tokenScope = tokenScope;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
}
