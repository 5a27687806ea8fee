package org.podium.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.podium.platform.BaseEntity;

/**
 * A token an integration calls the API with instead of a password: shown once, stored as SHA-256, scoped, with an
 * expiry, revocable. It acts for its account with at most the roles of its scope that the account still has.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    public static final int NAME_MAX = 100;

    /** What a token may do: read (GET only, the account's roles), clerk (all but administration), admin (all). */
    public enum Scope {
        READ,
        CLERK,
        ADMIN;

        /** The roles of the account this scope lets a token use. */
        public Set<Role> roles(Set<Role> accountRoles) {
            EnumSet<Role> r = accountRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(accountRoles);
            if (this != ADMIN) {
                r.remove(Role.ADMIN);
            }
            return r;
        }

        /** Whether an account with these roles may hold a token of this scope. */
        public boolean fits(Set<Role> accountRoles) {
            return switch (this) {
                case READ -> accountRoles.stream().anyMatch(Role::isStaff);
                case CLERK -> accountRoles.contains(Role.CLERK);
                case ADMIN -> accountRoles.contains(Role.ADMIN);
            };
        }
    }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Scope scope;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected ApiToken() {}

    public ApiToken(long accountId, String name, String tokenHash, Scope scope, Instant expiresAt, Long createdBy) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
