package org.podium.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lowercase hex, the one digest Podium uses: stored tokens and keys, the record's chain and commitments,
 * the draw of speaking places, files' fingerprints. Texts are hashed as UTF-8.
 */
public final class Hashes {

    private Hashes() {}

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Several fields, each as UTF-8, separated by a NUL byte (which no field can contain unnoticed). */
    public static String sha256OfFields(String... fields) {
        MessageDigest d = digest();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                d.update((byte) 0);
            }
            d.update(fields[i].getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
