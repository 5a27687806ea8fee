package org.podium.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.ApiToken;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.platform.Hashes;
import org.podium.platform.Labels;
import org.podium.platform.PodiumException;

/**
 * API tokens for integrations: made by the staff member for themselves or by an administrator for a staff account,
 * shown once ({@value #PREFIX} and 43 characters), stored as SHA-256, scoped, expiring, revocable.
 */
@Stateless
@PermitAll
public class ApiTokens {

    public static final String PREFIX = "podium_";
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 90;

    /** A token made: the entity, and the token itself, which is never stored nor shown again. */
    public record Created(ApiToken token, String secret) {}

    /** Who a token acts for, with the roles its scope lets it use. */
    public record Holder(long tokenId, long accountId, Set<Role> roles, ApiToken.Scope scope) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Makes a token for {@code accountId}. {@code byAccountId} is the account itself or an administrator (the caller's
     * boundary checks which). The scope must fit the account's roles; the name says what the token is for.
     */
    public Created create(long accountId, String name, String scope, Integer days, long byAccountId) {
        Account a = em.find(Account.class, accountId);
        if (a == null) {
            throw PodiumException.notFound("account.notFound");
        }
        if (!a.isStaff() || !a.isEnabled()) {
            throw PodiumException.conflict(null, "token.staffOnly");
        }
        String label = name == null ? "" : Labels.clean(name).strip();
        if (label.isEmpty()) {
            throw PodiumException.invalid("name", "token.name.required");
        }
        if (label.length() > ApiToken.NAME_MAX) {
            throw PodiumException.invalid("name", "token.name.long", ApiToken.NAME_MAX);
        }
        ApiToken.Scope s = scope(scope);
        if (!s.fits(a.getRoles())) {
            throw PodiumException.invalid("scope", "token.scope.beyondRoles");
        }
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            throw PodiumException.invalid("days", "token.days.range", MAX_DAYS);
        }
        String secret = PREFIX + Tokens.newToken();
        ApiToken t = new ApiToken(
                accountId, label, Hashes.sha256(secret), s, Instant.now().plus(Duration.ofDays(d)), byAccountId);
        em.persist(t);
        em.flush();
        audit.record("token.create", "account", accountId, "token " + t.getId() + " " + s + " " + d + "d");
        return new Created(t, secret);
    }

    static ApiToken.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            throw PodiumException.invalid("scope", "token.scope.required");
        }
        try {
            return ApiToken.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("scope", "token.scope.unknown");
        }
    }

    /** The account's tokens, newest first, revoked and expired ones included (with their dates). */
    public List<ApiToken> of(long accountId) {
        return em.createQuery("select t from ApiToken t where t.accountId = :a order by t.id desc", ApiToken.class)
                .setParameter("a", accountId)
                .setMaxResults(200)
                .getResultList();
    }

    /** Revokes one of the account's tokens; a token of another account is not found. */
    public ApiToken revoke(long accountId, long tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null || t.getAccountId() != accountId) {
            throw PodiumException.notFound("token.notFound");
        }
        if (t.getRevokedAt() == null) {
            t.revoke(Instant.now());
            audit.record("token.revoke", "account", accountId, "token " + tokenId);
        }
        return t;
    }

    /**
     * The holder of a presented token, or empty when it is unknown, revoked, expired, or its account is disabled.
     * Its roles are those of its scope that the account has now (a role taken away is gone from its tokens too).
     */
    public Optional<Holder> holder(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", Hashes.sha256(presented))
                .getResultList();
        if (found.isEmpty() || !found.get(0).usableAt(now)) {
            return Optional.empty();
        }
        ApiToken t = found.get(0);
        Account a = em.find(Account.class, t.getAccountId());
        if (a == null || !a.isEnabled()) {
            return Optional.empty();
        }
        Set<Role> roles = t.getScope().roles(a.getRoles());
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Instant minuteAgo = now.minusSeconds(60);
        if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(minuteAgo)) {
            // kept to the minute, without the entity's version: a token called many times a second writes once
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null"
                            + " or t.lastUsedAt < :minuteAgo)")
                    .setParameter("now", now)
                    .setParameter("id", t.getId())
                    .setParameter("minuteAgo", minuteAgo)
                    .executeUpdate();
        }
        return Optional.of(new Holder(t.getId(), a.getId(), roles, t.getScope()));
    }
}
