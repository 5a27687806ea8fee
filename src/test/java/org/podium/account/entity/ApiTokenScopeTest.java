package org.podium.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiTokenScopeTest {

    @Test
    void aScopeGivesAtMostTheRolesTheAccountHas() {
        var adminClerk = EnumSet.of(Role.ADMIN, Role.CLERK);
        assertEquals(EnumSet.of(Role.CLERK), ApiToken.Scope.READ.roles(adminClerk));
        assertEquals(EnumSet.of(Role.CLERK), ApiToken.Scope.CLERK.roles(adminClerk));
        assertEquals(adminClerk, ApiToken.Scope.ADMIN.roles(adminClerk));
        // a role taken away from the account is gone from its tokens
        assertEquals(
                EnumSet.noneOf(Role.class),
                ApiToken.Scope.ADMIN.roles(EnumSet.of(Role.ADMIN)).stream()
                        .filter(r -> r == Role.CLERK)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Test
    void aScopeFitsOnlyAnAccountWithItsRole() {
        assertTrue(ApiToken.Scope.READ.fits(EnumSet.of(Role.COUNCIL)));
        assertFalse(ApiToken.Scope.READ.fits(EnumSet.of(Role.RESIDENT)));
        assertFalse(ApiToken.Scope.CLERK.fits(EnumSet.of(Role.COUNCIL)));
        assertTrue(ApiToken.Scope.CLERK.fits(EnumSet.of(Role.CLERK)));
        assertFalse(ApiToken.Scope.ADMIN.fits(EnumSet.of(Role.CLERK)));
        assertTrue(ApiToken.Scope.ADMIN.fits(EnumSet.of(Role.ADMIN)));
    }

    @Test
    void aRevokedOrExpiredTokenIsNotUsable() {
        var now = Instant.parse("2026-12-05T12:00:00Z");
        var t = new ApiToken(1, "import", "h", ApiToken.Scope.READ, now.plusSeconds(60), 1L);
        assertTrue(t.usableAt(now));
        assertFalse(t.usableAt(now.plusSeconds(60)), "expired at its expiry");
        t.revoke(now);
        assertFalse(t.usableAt(now));
    }
}
