package org.podium.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theCommonPasswordListIsLoaded() {
        assertTrue(
                PasswordPolicy.commonCount() > 400,
                "common passwords of 12+ characters: " + PasswordPolicy.commonCount());
    }

    @Test
    void twelveCharactersAtLeastCountedAsCharactersNotBytes() {
        assertEquals(Optional.of("password.tooShort"), policy.check("short pass!", null, null));
        assertEquals(Optional.empty(), policy.check("ñandú ñandú ñ", null, null));
        assertEquals(Optional.of("password.tooShort"), policy.check("😀😀😀😀😀😀😀😀😀😀😀", null, null));
    }

    @Test
    void emptyAndOverlongAreRefused() {
        assertEquals(Optional.of("password.required"), policy.check("", null, null));
        assertEquals(Optional.of("password.required"), policy.check(null, null, null));
        assertEquals(Optional.of("password.tooLong"), policy.check("x".repeat(129), null, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"password1234", "123456789012", "qwertyuiop12", "QWERTYUIOP12", "aaaaaaaaaaaa", "abcabcabcabc"})
    void commonOrRepetitivePasswordsAreRefused(String password) {
        assertEquals(Optional.of("password.common"), policy.check(password, null, null));
    }

    @Test
    void theAccountsOwnAddressOrNameIsRefused() {
        assertEquals(Optional.of("password.personal"), policy.check("Rosa@Example.org", "rosa@example.org", "Rosa"));
        assertEquals(Optional.of("password.personal"), policy.check("rosa resident", "r@example.org", "Rosa Resident"));
    }

    @Test
    void noCompositionRulesForAGoodPassphrase() {
        assertEquals(Optional.empty(), policy.check("tax levy hearing tonight", "r@example.org", "Rosa"));
    }
}
