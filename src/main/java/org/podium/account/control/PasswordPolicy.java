package org.podium.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OWASP ASVS 2.1: at least 12 characters (code points), at most 128, no composition rules, and not one of the
 * 100,000 most common passwords (the list shipped in nbvcxz, MIT licence), nor the account's own e-mail or name.
 * Returns the message key of the first rule broken.
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "/dictionaries/passwords.txt";
    private static final Set<String> COMMON = load();

    public Optional<String> check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || isRepetition(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))
                || displayName != null && lower.equals(displayName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.personal");
        }
        return Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    /** "aaaaaaaaaaaa" or "abcabcabcabc": one short run repeated. */
    private static boolean isRepetition(String s) {
        for (int unit = 1; unit <= 4; unit++) {
            if (s.length() % unit == 0
                    && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + COMMON_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (w.length() >= MIN_LENGTH) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
