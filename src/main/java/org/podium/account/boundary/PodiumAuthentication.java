package org.podium.account.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.podium.account.control.LoginThrottle;
import org.podium.account.control.Totp;
import org.podium.account.entity.Account;
import org.podium.account.entity.ApiToken;
import org.podium.platform.Identities;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.platform.Problems;
import org.podium.platform.SharedLimits;

/**
 * One authentication mechanism for the whole application.
 * <ul>
 * <li>Pages: the login page calls {@code SecurityContext.authenticate} with the typed credentials; on success the
 * caller is kept in the HTTP session (whose id the login page renews) and restored on every request. An account with a
 * second factor (or staff while the administrator requires one) is not signed in by its password alone: the session
 * holds a {@link Pending} login and the login page asks for the app's code (or a recovery code), or — not enrolled
 * yet — shows the QR code of a new secret and asks for the first code. A protected page asked for without a login
 * redirects to the login page, which returns there afterwards.</li>
 * <li>API ({@code /api/}): {@code Authorization: Bearer} with an API token ({@link ApiTokens}), or HTTP Basic against
 * the same accounts for accounts without a second factor; on every request, no session. A request without credentials
 * goes on anonymously; the boundaries' role checks answer 401 or 403 as problem+json.</li>
 * </ul>
 * Every password check passes the {@link LoginThrottle} first (per account and per address).
 */
@ApplicationScoped
public class PodiumAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "podium.caller";
    /** Request attribute telling the login page why a login failed (a {@link Failure}). */
    public static final String FAILURE = "podium.login.failure";

    private static final Logger LOG = Logger.getLogger("org.podium.security");

    /** Who is signed in to a session, and the generation of the account at login (see {@link #stillValid}). */
    public record Caller(long accountId, String displayName, Set<String> roles, int generation)
            implements Serializable {}

    /** How long an instance trusts what it read of an account's generation before reading it again. */
    static final long GENERATION_TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

    private record Generation(int value, long readAt) {}

    /** Per instance: account id to the generation read last; a few seconds old at most, so cheap on every request. */
    private final Map<Long, Generation> generations = new ConcurrentHashMap<>();

    public record Failure(Accounts.LoginOutcome outcome, long retryAfterSeconds) {}

    /** Session attribute: a login whose password was right and whose second step is awaited (a {@link Pending}). */
    public static final String PENDING = "podium.login.pending";
    /** Request attribute: why the second step failed (a {@link SecondStepFailure}). */
    public static final String SECOND_FAILURE = "podium.login.secondFailure";
    /** Request attribute: the recovery codes of an enrolment made at this login, shown once. */
    public static final String RECOVERY_CODES = "podium.login.recoveryCodes";
    /** Request attribute: the address of a login sent back to the password step (kept in the form). */
    public static final String EMAIL = "podium.login.email";
    /** Session attribute: recovery codes just made, shown until the person says they saved them. */
    public static final String CODES_TO_SHOW = "podium.recoveryCodes";
    /** Request attribute: the id of the API token a request was authenticated with. */
    public static final String TOKEN = "podium.auth.token";

    /** A second step not done within this time starts again at the password. */
    static final Duration PENDING_VALIDITY = Duration.ofMinutes(5);
    /** Wrong codes within one pending login before it starts again (the login throttle counts them too). */
    static final int PENDING_ATTEMPTS = 3;

    public enum SecondStepFailure {
        WRONG,
        EXPIRED,
        THROTTLED
    }

    /**
     * A password accepted, the second step awaited: the account, until when, and — when the account must enrol first —
     * the new secret its app is to read.
     */
    public record Pending(long accountId, String email, Instant until, String enrolSecret, int attempts)
            implements Serializable {
        public boolean enrolling() {
            return enrolSecret != null;
        }

        public boolean expired(Instant now) {
            return !now.isBefore(until);
        }

        Pending failedOnce() {
            return new Pending(accountId, email, until, enrolSecret, attempts + 1);
        }
    }

    /** The pending second step of this request's session, if any and not expired. */
    public static Optional<Pending> pending(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        Object p = s == null ? null : s.getAttribute(PENDING);
        return p instanceof Pending pending && !pending.expired(Instant.now())
                ? Optional.of(pending)
                : Optional.empty();
    }

    /** Keeps a session that made a change ending the account's sessions (a second factor added) signed in. */
    public static void renew(HttpServletRequest request, Account a) {
        HttpSession s = request.getSession(false);
        if (s != null && s.getAttribute(SESSION_CALLER) instanceof Caller) {
            s.setAttribute(
                    SESSION_CALLER, new Caller(a.getId(), a.getDisplayName(), roles(a), a.getSessionGeneration()));
        }
    }

    @Inject
    TwoFactor twoFactor;

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @Inject
    SharedLimits limits;

    private volatile LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential upc) {
            return formLogin(request, context, upc);
        }
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(request, context, code.code());
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokenLogin(
                    request, response, context, authorization.substring(7).trim());
        }
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicLogin(
                    request, response, context, authorization.substring(6).trim());
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (caller instanceof Caller c) {
            if (stillValid(c)) {
                return context.notifyContainerAboutLogin(String.valueOf(c.accountId()), c.roles());
            }
            // disabled, or its password changed since this session logged in: the session ends here
            LOG.info(() -> "session of account " + c.accountId() + " ended (disabled or password changed)");
            session.invalidate();
        }
        if (context.isProtected() && !isApi(request)) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String email = Account.normalizeEmail(credential.getCaller());
        Check check = check(request, email, credential.getPasswordAsString());
        if (check.failure != null) {
            request.setAttribute(FAILURE, check.failure);
            // no sendError: the login page answers itself, with the reason beside the form
            return AuthenticationStatus.SEND_FAILURE;
        }
        Account a = check.account;
        if (twoFactor.requiredFor(a)) {
            // the password was right; the login completes only with the second step
            request.getSession(true)
                    .setAttribute(
                            PENDING,
                            new Pending(
                                    a.getId(),
                                    a.getEmail(),
                                    Instant.now().plus(PENDING_VALIDITY),
                                    a.hasTotp() ? null : Totp.newSecret(),
                                    0));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle().succeeded(email);
        return signedIn(request, context, a);
    }

    private AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Account a) {
        Caller caller = new Caller(a.getId(), a.getDisplayName(), roles(a), a.getSessionGeneration());
        generations.remove(a.getId());
        request.getSession(true).setAttribute(SESSION_CALLER, caller);
        return context.notifyContainerAboutLogin(String.valueOf(a.getId()), caller.roles());
    }

    /**
     * The second step: the code of the enrolled app (or a recovery code), or — for an account that must enrol — the
     * code of the app that has just read the new secret. Wrong codes count as failed logins; after a few, or after
     * {@link #PENDING_VALIDITY}, the login starts again at the password.
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context, String code) {
        HttpSession session = request.getSession(false);
        Pending p = pending(request).orElse(null);
        if (p == null) {
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            request.setAttribute(SECOND_FAILURE, SecondStepFailure.EXPIRED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String network = Identities.network(config.clientAddress(request));
        long wait = throttle().retryAfterSeconds(p.email(), network);
        if (wait > 0) {
            // locked for a while: back to the password, which is refused until then, and the page says how long
            session.removeAttribute(PENDING);
            request.setAttribute(EMAIL, p.email());
            request.setAttribute(SECOND_FAILURE, SecondStepFailure.THROTTLED);
            request.setAttribute(FAILURE, new Failure(Accounts.LoginOutcome.INVALID, wait));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Account a;
        try {
            if (p.enrolling()) {
                TwoFactor.Enrolled enrolled = twoFactor.enrol(p.accountId(), p.enrolSecret(), code);
                request.setAttribute(RECOVERY_CODES, enrolled.recoveryCodes());
                a = enrolled.account();
            } else if (twoFactor.verify(p.accountId(), code) != TwoFactor.Check.WRONG) {
                a = accounts.find(p.accountId()).orElse(null);
            } else {
                a = null;
            }
        } catch (PodiumException | EJBException e) {
            a = null;
        }
        if (a == null || !a.isEnabled()) {
            throttle().failed(p.email(), network);
            Pending next = p.failedOnce();
            if (next.attempts() >= PENDING_ATTEMPTS) {
                session.removeAttribute(PENDING);
                request.setAttribute(EMAIL, p.email());
                request.setAttribute(SECOND_FAILURE, SecondStepFailure.EXPIRED);
            } else {
                session.setAttribute(PENDING, next);
                request.setAttribute(SECOND_FAILURE, SecondStepFailure.WRONG);
            }
            LOG.info(() -> "second step failed for account " + p.accountId());
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(PENDING);
        throttle().succeeded(p.email());
        request.changeSessionId();
        LOG.info(() -> "login of account " + p.accountId() + " with its second factor");
        return signedIn(request, context, a);
    }

    /** {@code Authorization: Bearer podium_…}: an API token, checked on every request, no session. */
    private AuthenticationStatus tokenLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String presented) {
        var holder = tokens.holder(presented);
        if (holder.isEmpty()) {
            return Problems.send(response, 401, "auth.token.invalid", request.getLocale(), context);
        }
        var h = holder.get();
        String method = request.getMethod();
        if (h.scope() == ApiToken.Scope.READ
                && !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method))) {
            return Problems.send(response, 403, "auth.token.readOnly", request.getLocale(), context);
        }
        request.setAttribute(TOKEN, h.tokenId());
        return context.notifyContainerAboutLogin(
                String.valueOf(h.accountId()),
                h.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    private AuthenticationStatus basicLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Problems.send(response, 401, "auth.basic.malformed", request.getLocale(), context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Problems.send(response, 401, "auth.basic.malformed", request.getLocale(), context);
        }
        Check check = check(request, Account.normalizeEmail(decoded.substring(0, colon)), decoded.substring(colon + 1));
        if (check.failure != null) {
            if (check.failure.retryAfterSeconds() > 0) {
                response.setHeader("Retry-After", String.valueOf(check.failure.retryAfterSeconds()));
                return Problems.send(
                        response,
                        429,
                        "login.throttled",
                        request.getLocale(),
                        context,
                        Math.max(1, (check.failure.retryAfterSeconds() + 59) / 60));
            }
            return Problems.send(response, 401, "login.failed", request.getLocale(), context);
        }
        if (twoFactor.requiredFor(check.account)) {
            // a password alone does not open an account that signs in with a second factor: tokens do, for scripts
            return Problems.send(response, 401, "auth.basic.twoFactor", request.getLocale(), context);
        }
        throttle().succeeded(check.account.getEmail());
        return context.notifyContainerAboutLogin(String.valueOf(check.account.getId()), roles(check.account));
    }

    private record Check(Account account, Failure failure) {}

    private Check check(HttpServletRequest request, String email, String password) {
        String address = config.clientAddress(request);
        String network = Identities.network(address);
        long wait = throttle().retryAfterSeconds(email, network);
        if (wait > 0) {
            LOG.warning(() -> "login throttled from " + address);
            return new Check(null, new Failure(Accounts.LoginOutcome.INVALID, wait));
        }
        Accounts.LoginResult result = accounts.authenticate(email, password);
        if (result.outcome() != Accounts.LoginOutcome.OK) {
            if (result.outcome() == Accounts.LoginOutcome.INVALID) {
                throttle().failed(email, network);
            }
            LOG.info(() -> "login failed (" + result.outcome() + ") from " + address);
            return new Check(null, new Failure(result.outcome(), 0));
        }
        // the account's failures are forgotten only when the whole login succeeds (the second step included): a
        // password known to a guesser must not reset the count of the codes it tried
        LOG.info(() -> "password of account " + result.account().getId() + " accepted from " + address);
        return new Check(result.account(), null);
    }

    private LoginThrottle throttle() {
        LoginThrottle t = throttle;
        if (t == null) {
            synchronized (this) {
                if (throttle == null) {
                    // counted in the database: a guesser spread over the instances of a cluster is counted once
                    Duration window = Duration.ofSeconds(config.loginWindowSeconds());
                    throttle = new LoginThrottle(
                            SharedLimits.window(limits, "login.account", config.loginMaxFailuresPerAccount(), window),
                            SharedLimits.window(limits, "login.network", config.loginMaxFailuresPerAddress(), window));
                }
                t = throttle;
            }
        }
        return t;
    }

    /**
     * Whether the account behind a session is still enabled and has the generation it had at login. Read from the
     * database at most every few seconds per account and instance, so a disabled account is signed out everywhere
     * within seconds.
     */
    /** This instance forgets what it read as soon as the change commits (the others within {@link #GENERATION_TTL_NANOS}). */
    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Accounts.SessionsEnded ended) {
        generations.remove(ended.accountId());
    }

    boolean stillValid(Caller c) {
        long now = System.nanoTime();
        Generation known = generations.get(c.accountId());
        if (known == null || now - known.readAt() > GENERATION_TTL_NANOS) {
            if (generations.size() > 50_000) {
                generations.clear();
            }
            known = new Generation(accounts.sessionGeneration(c.accountId()), now);
            generations.put(c.accountId(), known);
        }
        return known.value() >= 0 && known.value() == c.generation();
    }

    private static Set<String> roles(Account a) {
        return a.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus redirectToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
