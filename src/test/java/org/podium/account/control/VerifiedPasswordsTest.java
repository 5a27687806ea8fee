package org.podium.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    static final class Ticking extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void aMatchIsRememberedForItsLifetimeOnlyAndOnlyForThatHash() {
        Ticking clock = new Ticking();
        VerifiedPasswords v = new VerifiedPasswords(Duration.ofMinutes(5), clock);
        assertFalse(v.recentlyVerified("secret passphrase", "pbkdf2-sha256$1$a$b"));
        v.verified("secret passphrase", "pbkdf2-sha256$1$a$b");
        assertTrue(v.recentlyVerified("secret passphrase", "pbkdf2-sha256$1$a$b"));
        assertFalse(v.recentlyVerified("secret passphrasE", "pbkdf2-sha256$1$a$b"), "another password");
        assertFalse(v.recentlyVerified("secret passphrase", "pbkdf2-sha256$1$c$d"), "the password was changed");
        assertFalse(v.recentlyVerified(null, "pbkdf2-sha256$1$a$b"));
        clock.millis += Duration.ofMinutes(5).toMillis() + 1;
        assertFalse(v.recentlyVerified("secret passphrase", "pbkdf2-sha256$1$a$b"), "expired");
        assertEquals(0, v.size(), "and forgotten");
    }

    @Test
    void itNeverGrowsPastItsBound() {
        Ticking clock = new Ticking();
        VerifiedPasswords v = new VerifiedPasswords(Duration.ofMinutes(5), clock);
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 10; i++) {
            v.verified("password " + i, "hash");
        }
        assertTrue(v.size() <= VerifiedPasswords.MAX_ENTRIES, String.valueOf(v.size()));
    }
}
