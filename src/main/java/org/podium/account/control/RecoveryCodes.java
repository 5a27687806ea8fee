package org.podium.account.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for a lost authenticator: ten per account, each 10 characters (50 random bits) from an
 * alphabet without look-alikes, shown as {@code xxxxx-xxxxx}. Stored as SHA-256 of the normalized code.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                if (j == 5) {
                    b.append('-');
                }
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(b.toString());
        }
        return codes;
    }

    /** The form under which a code is hashed: lower case, without blanks or the dash; null when it cannot be one. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replace(" ", "").replace("-", "").strip().toLowerCase(Locale.ROOT);
        if (s.length() != 10 || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return s;
    }
}
