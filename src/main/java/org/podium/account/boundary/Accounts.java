package org.podium.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.podium.account.control.PasswordHasher;
import org.podium.account.control.VerifiedPasswords;
import org.podium.account.control.PasswordPolicy;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.EmailToken;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.platform.Bundles;
import org.podium.platform.Mail;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Registration, verification, staff accounts and roles, and the password check behind every login. */
@Stateless
@PermitAll
public class Accounts {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);

    /** Why a login failed, for a specific message; the same for an unknown address as for a wrong password. */
    public enum LoginOutcome { OK, INVALID, UNVERIFIED, DISABLED }

    public record LoginResult(LoginOutcome outcome, Account account) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Mail> mails;

    @Inject
    AuditTrail audit;

    @Inject
    PodiumConfig config;

    private final PasswordHasher hasher = new PasswordHasher();

    /** One per server: the API's Basic credentials are checked with PBKDF2 once every few minutes, not every call. */
    private static final VerifiedPasswords VERIFIED = new VerifiedPasswords(java.time.Duration.ofMinutes(5),
            java.time.Clock.systemUTC());
    private final PasswordPolicy policy = new PasswordPolicy();
    /** Hashed once so that an unknown address costs as much time as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password".toCharArray());

    public LoginResult authenticate(String email, String password) {
        Optional<Account> found = byEmail(email);
        if (found.isEmpty() || password == null) {
            hasher.verify(password == null ? new char[0] : password.toCharArray(), DUMMY_HASH);
            return new LoginResult(LoginOutcome.INVALID, null);
        }
        Account account = found.get();
        if (!VERIFIED.recentlyVerified(password, account.getPasswordHash())) {
            if (!hasher.verify(password.toCharArray(), account.getPasswordHash())) {
                return new LoginResult(LoginOutcome.INVALID, null);
            }
            VERIFIED.verified(password, account.getPasswordHash());
        }
        if (!account.isEnabled()) {
            return new LoginResult(LoginOutcome.DISABLED, null);
        }
        if (!account.isEmailVerified()) {
            return new LoginResult(LoginOutcome.UNVERIFIED, null);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password.toCharArray()));
        }
        return new LoginResult(LoginOutcome.OK, account);
    }

    /**
     * A resident registers. The account exists at once, unverified; a link to verify it is mailed. When the address
     * already has an account, its owner is told so by mail instead, and the caller sees the same answer (no one learns
     * from this form which addresses have accounts).
     */
    public void register(@NotNull @Valid AccountData data, Locale locale, String baseUrl) {
        checkPassword(data);
        String email = Account.normalizeEmail(data.getEmail());
        Optional<Account> existing = byEmail(email);
        Locale lang = Bundles.supported(locale);
        if (existing.isPresent()) {
            mails.fire(new Mail(email, Bundles.message(lang, "mail.exists.subject"),
                    Bundles.message(lang, "mail.exists.body", existing.get().getDisplayName(), baseUrl + "/login.xhtml")));
            return;
        }
        Account account = new Account(email, data.getDisplayName(), hasher.hash(data.getPassword().toCharArray()),
                EnumSet.of(Role.RESIDENT));
        account.setPreferredLocale(lang.getLanguage());
        em.persist(account);
        sendVerification(account, lang, baseUrl);
    }

    /** Mails a fresh verification link to an unverified account; silent for unknown or verified addresses. */
    public void resendVerification(String email, Locale locale, String baseUrl) {
        byEmail(email).filter(a -> !a.isEmailVerified())
                .ifPresent(a -> sendVerification(a, Bundles.supported(locale), baseUrl));
    }

    private void sendVerification(Account account, Locale lang, String baseUrl) {
        String token = Tokens.newToken();
        Instant now = Instant.now();
        em.persist(new EmailToken(account, EmailToken.Purpose.VERIFY_EMAIL, Tokens.sha256(token), now,
                now.plus(VERIFICATION_VALIDITY)));
        String link = baseUrl + "/verify.xhtml?token=" + token;
        mails.fire(new Mail(account.getEmail(), Bundles.message(lang, "mail.verify.subject"),
                Bundles.message(lang, "mail.verify.body", account.getDisplayName(), link,
                        VERIFICATION_VALIDITY.toHours())));
    }

    /** Confirms an address with the token of its link. Returns the display name of the verified account. */
    public String verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw PodiumException.invalid("token", "verify.invalid");
        }
        List<EmailToken> found = em.createQuery(
                "select t from EmailToken t where t.tokenHash = :h and t.purpose = :p", EmailToken.class)
                .setParameter("h", Tokens.sha256(token.strip()))
                .setParameter("p", EmailToken.Purpose.VERIFY_EMAIL)
                .getResultList();
        if (found.isEmpty()) {
            throw PodiumException.invalid("token", "verify.invalid");
        }
        EmailToken t = found.get(0);
        Instant now = Instant.now();
        if (t.getAccount().isEmailVerified()) {
            return t.getAccount().getDisplayName();
        }
        if (!t.usableAt(now)) {
            throw PodiumException.invalid("token", "verify.expired");
        }
        t.use(now);
        t.getAccount().verifyEmail(now);
        return t.getAccount().getDisplayName();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account createStaff(@NotNull @Valid AccountData data) {
        if (data.getRoles() == null || data.getRoles().isEmpty()) {
            throw PodiumException.invalid("roles", "account.roles.required");
        }
        Account account = createVerified(data);
        audit.record("account.create", "account", account.getId(), "roles=" + account.getRoles());
        return account;
    }

    /** The first administrator, from the environment or the one-time setup token; never once an admin exists. */
    public Account createFirstAdmin(@NotNull @Valid AccountData data) {
        if (countWithRole(Role.ADMIN) > 0) {
            throw PodiumException.conflict(null, "setup.done");
        }
        data.setRoles(EnumSet.of(Role.ADMIN));
        return createVerified(data);
    }

    /** Demo accounts: created verified, with the roles given; existing ones are left alone. */
    public void ensureDemoAccount(String email, String name, String password, Set<Role> roles) {
        if (byEmail(email).isEmpty()) {
            Account a = new Account(email, name, hasher.hash(password.toCharArray()), roles);
            a.verifyEmail(Instant.now());
            em.persist(a);
        }
    }

    private Account createVerified(AccountData data) {
        checkPassword(data);
        String email = Account.normalizeEmail(data.getEmail());
        if (byEmail(email).isPresent()) {
            throw PodiumException.conflict("email", "account.email.taken");
        }
        Account account = new Account(email, data.getDisplayName(), hasher.hash(data.getPassword().toCharArray()),
                data.getRoles());
        account.verifyEmail(Instant.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account changeRoles(long accountId, Set<Role> roles) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw PodiumException.notFound("account.notFound");
        }
        if (roles == null || roles.isEmpty()) {
            throw PodiumException.invalid("roles", "account.roles.required");
        }
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && countWithRole(Role.ADMIN) <= 1) {
            throw PodiumException.conflict("roles", "account.roles.lastAdmin");
        }
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        audit.record("account.roles", "account", account.getId(), before + " -> " + roles);
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Account> list() {
        return em.createQuery("select a from Account a order by a.displayName, a.id", Account.class)
                .setMaxResults(1000).getResultList();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public long countWithRole(Role role) {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    private Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    private void checkPassword(AccountData data) {
        policy.check(data.getPassword(), data.getEmail(), data.getDisplayName())
                .ifPresent(key -> {
                    throw PodiumException.invalid("password", key, PasswordPolicy.MIN_LENGTH);
                });
    }
}
