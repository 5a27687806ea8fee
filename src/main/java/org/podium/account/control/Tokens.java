package org.podium.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.podium.platform.Hashes;

/** Unguessable one-time tokens for links, and the digest under which they are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** 32 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when {@code token} is the one stored as {@code storedHash}; compared in constant time. */
    public static boolean matches(String storedHash, String token) {
        return storedHash != null
                && token != null
                && MessageDigest.isEqual(
                        storedHash.getBytes(StandardCharsets.US_ASCII),
                        Hashes.sha256(token.strip()).getBytes(StandardCharsets.US_ASCII));
    }
}
