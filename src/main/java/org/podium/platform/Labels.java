package org.podium.platform;

/**
 * Names people give (their own, a group's, a file's) as Podium keeps them: without the invisible characters that
 * change the direction of the text around them (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), with which
 * "gpj.exe.png" preceded by U+202E shows as "gnp.exe.jpg". A name is short and in one direction; a comment's text keeps
 * them (a quote in Arabic or Hebrew may need them there).
 */
public final class Labels {

    private Labels() {}

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (bidiControl(c)) {
                if (b == null) {
                    b = new StringBuilder(name.length()).append(name, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? name : b.toString();
    }

    static boolean bidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }

    /** True when every surrogate in the string is half of a pair. */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
