package org.podium.comment.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt number a person can read over the phone: {@code PDM-26-004817-K} — the year received, a serial number
 * of at least six digits, and a check letter. The check letter is a weighted sum of the digits (weight = position)
 * modulo 23, written with letters that cannot be mistaken for digits: every single wrong digit and every swap of two
 * digits changes it.
 */
public final class TrackingNumber {

    static final String CHECK_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("PDM-(\\d{2})-(\\d{6,12})-([A-Z])");

    private TrackingNumber() {}

    public static String of(int year, long serial) {
        return of("PDM", year, serial);
    }

    /** The same form with another prefix (SPK for a speaker's confirmation number). */
    public static String of(String prefix, int year, long serial) {
        String digits = String.format(Locale.ROOT, "%02d%06d", Math.floorMod(year, 100), serial);
        return String.format(Locale.ROOT, "%s-%02d-%06d-%c", prefix, Math.floorMod(year, 100), serial, check(digits));
    }

    /** A number of another prefix in its canonical form, if well formed with a matching check letter. */
    public static Optional<String> parse(String prefix, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "-(\\d{2})-(\\d{6,12})-([A-Z])")
                .matcher(t);
        if (!m.matches() || check(m.group(1) + m.group(2)) != m.group(3).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The number in its canonical form, if it is well formed and its check letter matches; else empty. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        Matcher m = FORMAT.matcher(t);
        if (!m.matches() || check(m.group(1) + m.group(2)) != m.group(3).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    static char check(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * ((i % 22) + 1);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }
}
