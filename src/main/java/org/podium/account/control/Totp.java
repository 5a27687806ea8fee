package org.podium.account.control;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6 digits, the form every
 * authenticator app reads from an {@code otpauth://} QR code. A code is accepted for the step before and after the
 * present one (clocks drift) and, by the caller, only for a step later than the last one accepted (no replay).
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new secret: 160 random bits (RFC 4226's recommended length), base32 without padding. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return base32(key);
    }

    /** The 30-second step an instant falls in. */
    public static long step(long epochSeconds) {
        return Math.floorDiv(epochSeconds, STEP_SECONDS);
    }

    /** The code of one step, {@code digits} long with leading zeros. */
    public static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24)
                    | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            int mod = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % mod);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String code(String base32Secret, long step) {
        return code(decodeBase32(base32Secret), step, DIGITS);
    }

    /**
     * The step a typed code matches, the present step ±1, or empty. Blanks and a space in the middle ("123 456", as
     * apps show it) are ignored; anything else than six digits matches nothing. Compared in constant time.
     */
    public static OptionalLong matchingStep(String base32Secret, String typed, long epochSeconds) {
        if (base32Secret == null || typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "").replace("-", "").strip();
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] key = decodeBase32(base32Secret);
        long now = step(epochSeconds);
        OptionalLong found = OptionalLong.empty();
        for (long s = now - 1; s <= now + 1; s++) {
            if (MessageDigest.isEqual(
                            code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII),
                            digits.getBytes(StandardCharsets.US_ASCII))
                    && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    /** The address an authenticator app reads from the QR code (Key Uri Format). */
    public static String uri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four, as people type it into an app that cannot read the QR code. */
    public static String grouped(String base32Secret) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < base32Secret.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(base32Secret, i, Math.min(base32Secret.length(), i + 4));
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] decodeBase32(String s) {
        String clean = s.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
