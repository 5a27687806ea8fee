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
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.podium.account.control.PasswordHasher;
import org.podium.account.control.PasswordPolicy;
import org.podium.account.control.Tokens;
import org.podium.account.control.VerifiedPasswords;
import org.podium.account.entity.Account;
import org.podium.account.entity.EmailToken;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.Identities;
import org.podium.platform.Mail;
import org.podium.platform.Outbox;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Registration, verification, staff accounts and roles, and the password check behind every login. */
@Stateless
@PermitAll
public class Accounts {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    /** Account mails (exists, verification) a stranger can have sent to one mailbox in an hour. */
    static final int ACCOUNT_MAILS_PER_HOUR = 3;

    private static final Logger LOG = Logger.getLogger("org.podium.security");
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** Reset links per account and hour: a form anyone can fill in must not fill a mailbox. */
    static final int RESETS_PER_HOUR = 3;

    public static final int PAGE_SIZE = 25;

    /** An account's sessions were ended (disabled, or a new password): fired within the transaction that did it. */
    public record SessionsEnded(long accountId) {}

    @Inject
    Event<SessionsEnded> sessionsEnded;

    /** One page of the administrators' account list. */
    public record AccountPage(List<Account> accounts, long total, int page, int size) implements Serializable {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Why a login failed, for a specific message; the same for an unknown address as for a wrong password. */
    public enum LoginOutcome {
        OK,
        INVALID,
        UNVERIFIED,
        DISABLED
    }

    public record LoginResult(LoginOutcome outcome, Account account) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Event<Mail> mails;

    @Inject
    AuditTrail audit;

    @Inject
    PodiumConfig config;

    private final PasswordHasher hasher = new PasswordHasher();

    /** One per server: the API's Basic credentials are checked with PBKDF2 once every few minutes, not every call. */
    private static final VerifiedPasswords VERIFIED = new VerifiedPasswords(Duration.ofMinutes(5), Clock.systemUTC());

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
        if (!mailboxHasRoom(email)) {
            // the answer stays the same (no account is revealed); the mailbox is spared
            LOG.warning(() -> "account mail not sent: " + ACCOUNT_MAILS_PER_HOUR + " to that mailbox this hour");
            return;
        }
        if (existing.isPresent()) {
            mails.fire(new Mail(
                    email,
                    Bundles.message(lang, "mail.exists.subject"),
                    Bundles.message(
                            lang,
                            "mail.exists.body",
                            existing.get().getDisplayName(),
                            Bundles.link(lang, baseUrl + "/login.xhtml"))));
            return;
        }
        Account account = new Account(
                email, data.getDisplayName(), hasher.hash(data.getPassword().toCharArray()), EnumSet.of(Role.RESIDENT));
        account.setPreferredLocale(lang.getLanguage());
        em.persist(account);
        sendVerification(account, lang, baseUrl);
    }

    /** Mails a fresh verification link to an unverified account; silent for unknown or verified addresses. */
    public void resendVerification(String email, Locale locale, String baseUrl) {
        byEmail(email)
                .filter(a -> !a.isEmailVerified())
                .filter(a -> mailboxHasRoom(a.getEmail()))
                .ifPresent(a -> sendVerification(a, Bundles.supported(locale), baseUrl));
    }

    /**
     * Whether an account mail (exists, verification) may still go to this mailbox this hour: at most
     * {@value #ACCOUNT_MAILS_PER_HOUR} of them, counted in the outbox (so across instances), a tagged address
     * ("name+x@") counting as its mailbox. A stranger who types someone's address into the register form again and
     * again sends them that many mails, not a hundred.
     */
    boolean mailboxHasRoom(String email) {
        String box = Identities.mailbox(email);
        int at = box.lastIndexOf('@');
        String tagged = at <= 0
                ? box
                : box.substring(0, at).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "+%"
                        + box.substring(at)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_");
        // the account mails only, in every language: a resident's receipts do not use up their verification
        List<String> subjects = Bundles.SUPPORTED.stream()
                .flatMap(l ->
                        Stream.of(Bundles.message(l, "mail.exists.subject"), Bundles.message(l, "mail.verify.subject")))
                .toList();
        return outbox.sentSince(box, tagged, subjects, Instant.now().minusSeconds(3600), ACCOUNT_MAILS_PER_HOUR)
                < ACCOUNT_MAILS_PER_HOUR;
    }

    private void sendVerification(Account account, Locale lang, String baseUrl) {
        String token = Tokens.newToken();
        Instant now = Instant.now();
        em.persist(new EmailToken(
                account, EmailToken.Purpose.VERIFY_EMAIL, Hashes.sha256(token), now, now.plus(VERIFICATION_VALIDITY)));
        String link = Bundles.link(lang, baseUrl + "/verify.xhtml?token=" + token);
        mails.fire(new Mail(
                account.getEmail(),
                Bundles.message(lang, "mail.verify.subject"),
                Bundles.message(
                        lang, "mail.verify.body", account.getDisplayName(), link, VERIFICATION_VALIDITY.toHours())));
    }

    /** Confirms an address with the token of its link. Returns the display name of the verified account. */
    public String verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw PodiumException.invalid("token", "verify.invalid");
        }
        List<EmailToken> found = em.createQuery(
                        "select t from EmailToken t where t.tokenHash = :h and t.purpose = :p", EmailToken.class)
                .setParameter("h", Hashes.sha256(token.strip()))
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

    /**
     * "Forgot password": mails a one-time link, valid for an hour, to the account with this address. The caller learns
     * nothing: the same answer for an unknown address, a disabled account or one that had its three links this hour.
     */
    public void requestPasswordReset(String email, Locale locale, String baseUrl) {
        byEmail(email).filter(Account::isEnabled).ifPresent(a -> {
            if (resetsWithinHour(a) < RESETS_PER_HOUR) {
                sendReset(a, Bundles.supported(locale), baseUrl);
            }
        });
    }

    /** An administrator sends an account a reset link (the same link and limit as "forgot password"). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account sendPasswordReset(long accountId, String baseUrl) {
        Account a = existing(accountId);
        if (!a.isEnabled()) {
            throw PodiumException.conflict(null, "users.reset.disabled");
        }
        if (resetsWithinHour(a) >= RESETS_PER_HOUR) {
            throw PodiumException.conflict(null, "users.reset.tooMany", RESETS_PER_HOUR);
        }
        sendReset(
                a,
                Bundles.supported(
                        a.getPreferredLocale() == null ? null : Locale.forLanguageTag(a.getPreferredLocale())),
                baseUrl);
        audit.record("account.resetSent", "account", a.getId(), null);
        return a;
    }

    private long resetsWithinHour(Account a) {
        return em.createQuery(
                        "select count(t) from EmailToken t where t.account = :a and t.purpose = :p"
                                + " and t.createdAt > :since",
                        Long.class)
                .setParameter("a", a)
                .setParameter("p", EmailToken.Purpose.RESET_PASSWORD)
                .setParameter("since", Instant.now().minus(Duration.ofHours(1)))
                .getSingleResult();
    }

    private void sendReset(Account account, Locale lang, String baseUrl) {
        String token = Tokens.newToken();
        Instant now = Instant.now();
        em.persist(new EmailToken(
                account, EmailToken.Purpose.RESET_PASSWORD, Hashes.sha256(token), now, now.plus(RESET_VALIDITY)));
        mails.fire(new Mail(
                account.getEmail(),
                Bundles.message(lang, "mail.reset.subject"),
                Bundles.message(
                        lang,
                        "mail.reset.body",
                        account.getDisplayName(),
                        Bundles.link(lang, baseUrl + "/reset.xhtml?token=" + token),
                        RESET_VALIDITY.toMinutes())));
    }

    /** Whether a reset link can still be used; throws with the reason (unknown, used, expired) when it cannot. */
    public void checkResetToken(String token) {
        resetToken(token);
    }

    /**
     * A new password from a reset link: the link is used up (with every other reset link of the account), the address
     * counts as confirmed (the link reached it), every session of the account ends, and the owner is told by mail.
     */
    public Account resetPassword(String token, String password, String baseUrl) {
        EmailToken t = resetToken(token);
        Account a = t.getAccount();
        policy.check(password, a.getEmail(), a.getDisplayName()).ifPresent(key -> {
            throw PodiumException.invalid("password", key, PasswordPolicy.MIN_LENGTH);
        });
        Instant now = Instant.now();
        // the link is spent by exactly one request: a second one racing it finds it used
        int spent = em.createQuery("update EmailToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("id", t.getId())
                .executeUpdate();
        if (spent != 1) {
            throw PodiumException.invalid("token", "reset.used");
        }
        spendResetLinks(a, now);
        em.refresh(a);
        a.changePasswordHash(hasher.hash(password.toCharArray()));
        a.verifyEmail(now);
        passwordChanged(a, "account.passwordReset", baseUrl);
        return a;
    }

    /** After a new password: every session ends, the trail records how, and the owner is told by mail. */
    private void passwordChanged(Account a, String action, String baseUrl) {
        a.endSessions();
        sessionsEnded.fire(new SessionsEnded(a.getId()));
        audit.record(action, "account", a.getId(), null);
        Locale lang = Bundles.supported(
                a.getPreferredLocale() == null ? null : Locale.forLanguageTag(a.getPreferredLocale()));
        mails.fire(new Mail(
                a.getEmail(),
                Bundles.message(lang, "mail.passwordChanged.subject"),
                Bundles.message(
                        lang,
                        "mail.passwordChanged.body",
                        a.getDisplayName(),
                        Bundles.link(lang, baseUrl + "/forgot.xhtml"))));
    }

    /**
     * A signed-in person changes their own password: the present one first (a session left open on a shared computer
     * is not enough), the policy, then every session of the account ends (this one too: the page signs in again) and
     * the owner is told by mail.
     */
    public Account changePassword(long accountId, String current, String password, String baseUrl) {
        Account a = existing(accountId);
        if (current == null || current.isEmpty() || !hasher.verify(current.toCharArray(), a.getPasswordHash())) {
            throw PodiumException.invalid("current", "account.password.currentWrong");
        }
        policy.check(password, a.getEmail(), a.getDisplayName()).ifPresent(key -> {
            throw PodiumException.invalid("password", key, PasswordPolicy.MIN_LENGTH);
        });
        a.changePasswordHash(hasher.hash(password.toCharArray()));
        spendResetLinks(a, Instant.now());
        passwordChanged(a, "account.passwordChange", baseUrl);
        return a;
    }

    private EmailToken resetToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw PodiumException.invalid("token", "reset.invalid");
        }
        EmailToken t = em.createQuery(
                        "select t from EmailToken t where t.tokenHash = :h and t.purpose = :p", EmailToken.class)
                .setParameter("h", Hashes.sha256(token.strip()))
                .setParameter("p", EmailToken.Purpose.RESET_PASSWORD)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> PodiumException.invalid("token", "reset.invalid"));
        if (t.getUsedAt() != null) {
            throw PodiumException.invalid("token", "reset.used");
        }
        if (!t.usableAt(Instant.now()) || !t.getAccount().isEnabled()) {
            throw PodiumException.invalid("token", "reset.expired");
        }
        return t;
    }

    @Inject
    TwoFactor twoFactor;

    /**
     * A resident deletes their own account, with its password (and its second factor's code when it has one). Staff
     * accounts are closed by an administrator instead (disable), since the trail of their decisions names them. The
     * owner is told by mail, at the address that is then erased.
     */
    public Account erase(long accountId, String password, String code) {
        Account a = existing(accountId);
        if (a.isStaff()) {
            throw PodiumException.conflict(null, "account.delete.staff");
        }
        if (password == null || password.isEmpty() || !hasher.verify(password.toCharArray(), a.getPasswordHash())) {
            throw PodiumException.invalid("deletePassword", "account.password.currentWrong");
        }
        if (a.hasTotp() && twoFactor.verify(accountId, code) == TwoFactor.Check.WRONG) {
            throw PodiumException.invalid("deleteCode", "twoFactor.code.wrong");
        }
        String address = a.getEmail();
        Locale lang = Bundles.supported(
                a.getPreferredLocale() == null ? null : Locale.forLanguageTag(a.getPreferredLocale()));
        String name = a.getDisplayName();
        em.createQuery("delete from EmailToken t where t.account = :a")
                .setParameter("a", a)
                .executeUpdate();
        em.createQuery("delete from ApiToken t where t.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from RecoveryCode r where r.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        a.erase(hasher.hash(Tokens.newToken().toCharArray()));
        sessionsEnded.fire(new SessionsEnded(accountId));
        audit.record("account.erase", "account", accountId, null);
        mails.fire(new Mail(
                address,
                Bundles.message(lang, "mail.accountDeleted.subject"),
                Bundles.message(lang, "mail.accountDeleted.body", name)));
        return a;
    }

    /** An administrator disables an account: no login from now on, and its open sessions end. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account disable(long accountId, long byAccountId) {
        Account a = existing(accountId);
        if (a.getId() == byAccountId) {
            throw PodiumException.conflict(null, "users.disable.self");
        }
        if (a.getRoles().contains(Role.ADMIN) && enabledAdmins() <= 1) {
            throw PodiumException.conflict(null, "account.roles.lastAdmin");
        }
        if (a.isEnabled()) {
            spendResetLinks(
                    a, Instant.now()); // a link mailed before does not open the account once it is enabled again
            a.disable();
            sessionsEnded.fire(new SessionsEnded(a.getId()));
            audit.record("account.disable", "account", a.getId(), null);
        }
        return a;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account enable(long accountId) {
        Account a = live(accountId);
        if (!a.isEnabled()) {
            a.enable();
            audit.record("account.enable", "account", a.getId(), null);
        }
        return a;
    }

    private void spendResetLinks(Account a, Instant now) {
        em.createQuery("update EmailToken t set t.usedAt = :now where t.account = :a and t.purpose = :p"
                        + " and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("a", a)
                .setParameter("p", EmailToken.Purpose.RESET_PASSWORD)
                .executeUpdate();
    }

    private long enabledAdmins() {
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :role and a.enabled = true",
                        Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    /** The generation a session of the account must remember to go on, or -1 when the account is gone or disabled. */
    public int sessionGeneration(long accountId) {
        List<Object[]> row = em.createQuery(
                        "select a.sessionGeneration, a.enabled from Account a where a.id = :id", Object[].class)
                .setParameter("id", accountId)
                .getResultList();
        if (row.isEmpty() || !Boolean.TRUE.equals(row.get(0)[1])) {
            return -1;
        }
        return ((Number) row.get(0)[0]).intValue();
    }

    /** Accounts whose name or address contains {@code query} (all when blank), by name, one page at a time. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountPage search(String query, int page, int size) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > 254) {
            throw PodiumException.invalid("q", "users.search.tooLong");
        }
        int pageSize = size < 1 || size > 200 ? PAGE_SIZE : size;
        String like = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String where =
                q.isEmpty() ? "" : " where lower(a.displayName) like :q escape '!' or a.email like :q escape '!'";
        var count = em.createQuery("select count(a) from Account a" + where, Long.class);
        if (!q.isEmpty()) {
            count.setParameter("q", like);
        }
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int p = Math.max(1, Math.min(page, pages));
        var list = em.createQuery("select a from Account a" + where + " order by a.displayName, a.id", Account.class);
        if (!q.isEmpty()) {
            list.setParameter("q", like);
        }
        return new AccountPage(
                list.setFirstResult((p - 1) * pageSize).setMaxResults(pageSize).getResultList(), total, p, pageSize);
    }

    /** An account that exists and was not deleted by its owner (409 for a deleted one). */
    private Account live(long accountId) {
        Account a = existing(accountId);
        if (a.isDeleted()) {
            throw PodiumException.conflict(null, "account.deleted");
        }
        return a;
    }

    private Account existing(long accountId) {
        Account a = em.find(Account.class, accountId);
        if (a == null) {
            throw PodiumException.notFound("account.notFound");
        }
        return a;
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

    /**
     * A new one-time setup token (its hash) for every instance: the latest start-up's token is the one that works,
     * on any instance. Written only while no administrator exists.
     */
    public void newSetupToken(String tokenHash) {
        em.createNativeQuery("delete from setup_token").executeUpdate();
        em.createNativeQuery("insert into setup_token (id, token_hash, created_at) values (1, ?, ?)")
                .setParameter(1, tokenHash)
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** Whether a setup token is waiting to be used (and no administrator exists yet). */
    public boolean setupOpen() {
        return countWithRole(Role.ADMIN) == 0
                && !em.createNativeQuery("select id from setup_token where used_at is null")
                        .getResultList()
                        .isEmpty();
    }

    /**
     * The first administrator, with the setup token: checked and spent under the token row's lock, so that two
     * instances (or two people) cannot both create one.
     */
    public Account createFirstAdminWithToken(String token, @NotNull @Valid AccountData data) {
        List<?> rows = em.createNativeQuery(
                        "select token_hash from setup_token where id = 1 and used_at is null" + " for update")
                .getResultList();
        if (rows.isEmpty() || token == null || token.isBlank() || !Tokens.matches((String) rows.get(0), token)) {
            throw PodiumException.invalid("token", "setup.token.invalid");
        }
        Account a = createFirstAdmin(data);
        em.createNativeQuery("update setup_token set used_at = ? where id = 1")
                .setParameter(1, Timestamp.from(Instant.now()))
                .executeUpdate();
        return a;
    }

    /** The language of the pages a person logs in from: their mails are written in it from then on. */
    public void rememberLanguage(long accountId, Locale lang) {
        String tag = Bundles.supported(lang).getLanguage();
        em.createQuery("update Account a set a.preferredLocale = :l where a.id = :id and (a.preferredLocale is null"
                        + " or a.preferredLocale <> :l)")
                .setParameter("l", tag)
                .setParameter("id", accountId)
                .executeUpdate();
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
        Account account = new Account(
                email, data.getDisplayName(), hasher.hash(data.getPassword().toCharArray()), data.getRoles());
        account.verifyEmail(Instant.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account changeRoles(long accountId, Set<Role> roles) {
        Account account = live(accountId);
        if (roles == null || roles.isEmpty()) {
            throw PodiumException.invalid("roles", "account.roles.required");
        }
        if (account.getRoles().contains(Role.ADMIN)
                && !roles.contains(Role.ADMIN)
                && account.isEnabled()
                && enabledAdmins() <= 1) {
            throw PodiumException.conflict("roles", "account.roles.lastAdmin");
        }
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        if (!roles.equals(before)) {
            // a role changed ends the account's sessions: a role taken away is gone at once, a role given comes with
            // the next login (with its second factor, when staff must have one)
            account.endSessions();
            sessionsEnded.fire(new SessionsEnded(account.getId()));
        }
        audit.record("account.roles", "account", account.getId(), before + " -> " + roles);
        return account;
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public long countWithRole(Role role) {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    private Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    private void checkPassword(AccountData data) {
        policy.check(data.getPassword(), data.getEmail(), data.getDisplayName()).ifPresent(key -> {
            throw PodiumException.invalid("password", key, PasswordPolicy.MIN_LENGTH);
        });
    }
}
