package org.podium.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.podium.platform.BaseEntity;
import org.podium.platform.Labels;

@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
public class Account extends BaseEntity {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX, unique = true)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    /** Moves on when the account is disabled or its password changes: sessions from before end at their next request. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** The TOTP secret (base32) once a second factor is enrolled; null without one. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last 30-second step a code was accepted for: the same code is not accepted twice. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    /** When its owner deleted it (the row stays, anonymised); null for a live account. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, Set<Role> roles) {
        this.email = normalizeEmail(email);
        this.displayName = Labels.clean(displayName).strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** E-mail addresses are compared without case and surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void rename(String newDisplayName) {
        this.displayName = Labels.clean(newDisplayName).strip();
    }

    /** Disabled: no login, and every session of the account ends. */
    public void disable() {
        enabled = false;
        endSessions();
    }

    /** Every session opened before now ends at its next request. */
    public void endSessions() {
        sessionGeneration++;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public void enable() {
        enabled = true;
    }

    /** Enrols a second factor (a code of {@code step} proved the app has the secret); sessions from before end. */
    public void enrolTotp(String secret, long step, Instant at) {
        totpSecret = secret;
        totpEnabledAt = at;
        totpLastStep = step;
        endSessions();
    }

    /** Removes the second factor (the owner, or an administrator's reset); sessions from before end. */
    public void removeTotp() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = 0;
        endSessions();
    }

    /** Accepts a code's step once: false when it is not later than the last one accepted (a replay). */
    public boolean useTotpStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /**
     * The owner deleted the account: its address, name and password go, it can never log in again, and every session
     * ends. The row stays (with the id that comments, sign-ups and the audit trail name) as "deleted".
     */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void erase(String unusablePasswordHash) {
        deletedAt = Instant.now();
        email = "deleted-" + getId() + "@deleted.invalid";
        displayName = "Deleted account";
        passwordHash = unusablePasswordHash;
        preferredLocale = null;
        totpSecret = null;
        totpEnabledAt = null;
        enabled = false;
        endSessions();
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
