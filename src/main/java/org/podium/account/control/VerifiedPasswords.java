package org.podium.account.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.platform.Hashes;

/**
 * Passwords that matched their account's stored hash a moment ago, so that an API client sending Basic credentials
 * with every call pays for PBKDF2 once every few minutes instead of on every call (about 100 ms of CPU each). Kept:
 * a SHA-256 of the stored hash and the password together, never the password; a changed password or a new hash gives
 * a new key, so it takes effect at once. Only successes are kept: every wrong password costs the full PBKDF2 and is
 * counted by the login throttle.
 */
public final class VerifiedPasswords {

    static final int MAX_ENTRIES = 10_000;

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedPasswords(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** True when this password matched this stored hash within the lifetime. */
    public boolean recentlyVerified(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String key = key(password, storedHash);
        Long until = verifiedUntil.get(key);
        if (until == null) {
            return false;
        }
        if (until < clock.millis()) {
            verifiedUntil.remove(key, until);
            return false;
        }
        return true;
    }

    /** Remembers a password that PBKDF2 has just found to match. */
    public void verified(String password, String storedHash) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            long now = clock.millis();
            verifiedUntil.values().removeIf(until -> until < now);
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(key(password, storedHash), clock.millis() + lifetime.toMillis());
    }

    int size() {
        return verifiedUntil.size();
    }

    private static String key(String password, String storedHash) {
        return Hashes.sha256OfFields(storedHash, password);
    }
}
