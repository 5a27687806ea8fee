package org.podium.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.podium.account.control.RecoveryCodes;
import org.podium.account.control.Totp;
import org.podium.account.entity.Account;
import org.podium.account.entity.RecoveryCode;
import org.podium.account.entity.Role;
import org.podium.account.entity.SecurityPolicy;
import org.podium.audit.AuditTrail;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.Mail;
import org.podium.platform.PodiumException;

/**
 * The second factor of a login: a TOTP app enrolled with a QR code, ten one-time recovery codes, the administrator's
 * "required for all staff" and the reset of one account's factor. Each change ends the account's other sessions, is
 * audited and is told to the owner by mail.
 */
@Stateless
@PermitAll
public class TwoFactor {

    /** How a code was accepted, or why not. */
    public enum Check {
        TOTP,
        RECOVERY,
        WRONG
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Mail> mails;

    @Inject
    Event<Accounts.SessionsEnded> sessionsEnded;

    /** Whether every staff account must sign in with a second factor. */
    public boolean staffRequired() {
        SecurityPolicy p = em.find(SecurityPolicy.class, SecurityPolicy.ID);
        return p != null && p.isStaffTwoFactor();
    }

    /** Whether a login of this account needs the second step (enrolled, or staff while the policy requires it). */
    public boolean requiredFor(Account a) {
        return a.hasTotp() || (a.isStaff() && staffRequired());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void requireForStaff(boolean required) {
        SecurityPolicy p = em.find(SecurityPolicy.class, SecurityPolicy.ID, LockModeType.PESSIMISTIC_WRITE);
        if (p.isStaffTwoFactor() != required) {
            p.setStaffTwoFactor(required, Instant.now());
            audit.record(
                    required ? "security.twoFactor.required" : "security.twoFactor.optional",
                    "security_policy",
                    SecurityPolicy.ID,
                    null);
        }
    }

    /**
     * Checks a code typed at login: a TOTP code of the present step ±1 not accepted before, or an unused recovery code
     * (then spent). The account row is locked so that two logins racing with one code accept it once.
     */
    public Check verify(long accountId, String typed) {
        Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.hasTotp() || typed == null) {
            return Check.WRONG;
        }
        OptionalLong step =
                Totp.matchingStep(a.getTotpSecret(), typed, Instant.now().getEpochSecond());
        if (step.isPresent()) {
            return a.useTotpStep(step.getAsLong()) ? Check.TOTP : Check.WRONG;
        }
        String code = RecoveryCodes.normalize(typed);
        if (code == null) {
            return Check.WRONG;
        }
        List<RecoveryCode> found = em.createQuery(
                        "select r from RecoveryCode r where r.accountId = :a"
                                + " and r.codeHash = :h and r.usedAt is null",
                        RecoveryCode.class)
                .setParameter("a", accountId)
                .setParameter("h", Hashes.sha256(code))
                .getResultList();
        if (found.isEmpty()) {
            return Check.WRONG;
        }
        em.createQuery("update RecoveryCode r set r.usedAt = :now where r.id = :id")
                .setParameter("now", Instant.now())
                .setParameter("id", found.get(0).getId())
                .executeUpdate();
        audit.record("account.twoFactor.recoveryCode", "account", accountId, null);
        tell(a, "mail.twoFactor.recoveryUsed");
        return Check.RECOVERY;
    }

    /**
     * Enrols an app: the code typed proves it holds {@code secret}. Returns the ten recovery codes, shown once. The
     * account's other sessions end (the caller renews its own with the account's new generation).
     */
    public Enrolled enrol(long accountId, String secret, String typed) {
        Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw PodiumException.notFound("account.notFound");
        }
        if (a.hasTotp()) {
            throw PodiumException.conflict("code", "twoFactor.already");
        }
        OptionalLong step = Totp.matchingStep(secret, typed, Instant.now().getEpochSecond());
        if (step.isEmpty()) {
            throw PodiumException.invalid("firstCode", "twoFactor.code.wrong");
        }
        a.enrolTotp(secret, step.getAsLong(), Instant.now());
        List<String> codes = replaceRecoveryCodes(accountId);
        sessionsEnded.fire(new Accounts.SessionsEnded(accountId));
        audit.record("account.twoFactor.on", "account", accountId, null);
        tell(a, "mail.twoFactor.on");
        return new Enrolled(a, codes);
    }

    public record Enrolled(Account account, List<String> recoveryCodes) {}

    /** Ten new recovery codes (the old ones are spent) after a present code from the app. */
    public List<String> newRecoveryCodes(long accountId, String typed) {
        Account a = enrolledWithCode(accountId, typed);
        audit.record("account.twoFactor.newCodes", "account", a.getId(), null);
        return replaceRecoveryCodes(accountId);
    }

    /** The owner turns the second factor off with a present code; not while it is required for staff. */
    public Account turnOff(long accountId, String typed) {
        Account a = em.find(Account.class, accountId);
        if (a != null && a.isStaff() && staffRequired()) {
            throw PodiumException.conflict("code", "twoFactor.requiredForStaff");
        }
        a = enrolledWithCode(accountId, typed);
        remove(a);
        audit.record("account.twoFactor.off", "account", accountId, null);
        return a;
    }

    /** An administrator resets one account's second factor (a lost phone): it enrols again at its next login. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account reset(long accountId) {
        Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw PodiumException.notFound("account.notFound");
        }
        if (a.hasTotp()) {
            remove(a);
            audit.record("account.twoFactor.reset", "account", accountId, null);
        }
        return a;
    }

    public long recoveryCodesLeft(long accountId) {
        return em.createQuery(
                        "select count(r) from RecoveryCode r where r.accountId = :a and r.usedAt is null", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    private Account enrolledWithCode(long accountId, String typed) {
        Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.hasTotp()) {
            throw PodiumException.conflict("code", "twoFactor.notOn");
        }
        OptionalLong step =
                Totp.matchingStep(a.getTotpSecret(), typed, Instant.now().getEpochSecond());
        if (step.isEmpty() || !a.useTotpStep(step.getAsLong())) {
            throw PodiumException.invalid("code", "twoFactor.code.wrong");
        }
        return a;
    }

    private void remove(Account a) {
        a.removeTotp();
        em.createQuery("delete from RecoveryCode r where r.accountId = :a")
                .setParameter("a", a.getId())
                .executeUpdate();
        sessionsEnded.fire(new Accounts.SessionsEnded(a.getId()));
        tell(a, "mail.twoFactor.off");
    }

    private List<String> replaceRecoveryCodes(long accountId) {
        em.createQuery("delete from RecoveryCode r where r.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        Instant now = Instant.now();
        for (String c : codes) {
            em.persist(new RecoveryCode(accountId, Hashes.sha256(RecoveryCodes.normalize(c)), now));
        }
        return codes;
    }

    private void tell(Account a, String key) {
        Locale lang = Bundles.supported(
                a.getPreferredLocale() == null ? null : Locale.forLanguageTag(a.getPreferredLocale()));
        mails.fire(new Mail(
                a.getEmail(),
                Bundles.message(lang, key + ".subject"),
                Bundles.message(lang, key + ".body", a.getDisplayName())));
    }
}
