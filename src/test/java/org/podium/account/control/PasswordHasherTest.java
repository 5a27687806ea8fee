package org.podium.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void productionHashesUseAtLeast210000Iterations() {
        String hash = new PasswordHasher().hash("correct horse battery staple".toCharArray());
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHasher hasher = new PasswordHasher(1000);
        String hash = hasher.hash("correct horse battery staple".toCharArray());
        assertTrue(hasher.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(hasher.verify("correct horse battery stapla".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void saltsMakeEveryHashDifferent() {
        PasswordHasher hasher = new PasswordHasher(1000);
        assertNotEquals(
                hasher.hash("same password here".toCharArray()), hasher.hash("same password here".toCharArray()));
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        PasswordHasher hasher = new PasswordHasher(1000);
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$1000$!!$!!"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$a$b"));
    }

    @Test
    void weakerHashesAskToBeRenewed() {
        String weak = new PasswordHasher(1000).hash("a long enough password".toCharArray());
        PasswordHasher current = new PasswordHasher(2000);
        assertTrue(current.needsRehash(weak));
        assertFalse(current.needsRehash(current.hash("a long enough password".toCharArray())));
        assertTrue(current.verify("a long enough password".toCharArray(), weak));
    }
}
