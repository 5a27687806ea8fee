package org.podium.analysis.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalisation and word tokens shared by stance, topics and campaigns: plain Java, no state. */
public final class Text {

    private Text() {}

    /**
     * Lower case, compatibility forms folded (ﬁ → fi, full-width → ASCII), accents dropped, typographic quotes and
     * dashes made plain, white space collapsed.
     */
    public static String normalize(String text) {
        if (ascii(text)) {
            return normalizeAscii(text);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2018' || c == '\u2019' || c == '`') {
                c = '\'';
            } else if (c == '\u201c' || c == '\u201d') {
                c = '"';
            } else if (c == '\u2013' || c == '\u2014') {
                c = '-';
            }
            if (Character.isWhitespace(c)) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            b.append(Character.toLowerCase(c));
            space = false;
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /** {@link #normalize} of plain ASCII, which is its own decomposition and has no accents, in one pass. */
    private static String normalizeAscii(String text) {
        byte[] b = new byte[text.length()];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f')) {
                if (!space) {
                    b[n++] = ' ';
                    space = true;
                }
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c == '`') {
                c = '\'';
            }
            b[n++] = (byte) c;
            space = false;
        }
        if (n > 0 && b[n - 1] == ' ') {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** Plain ASCII is its own compatibility decomposition: most comments need no Unicode normalisation. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Word tokens of normalised text: runs of letters and digits, with an inner apostrophe kept ("don't"); a
     * sentence break ("." "!" "?" ";" ":" ",") is returned as "." so that negation and phrases can stop there.
     */
    public static List<String> tokens(String normalized) {
        List<String> out = new ArrayList<>(normalized.length() / 5 + 4);
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            if (letterOrDigit(c)) {
                int s = i;
                while (i < n) {
                    char d = normalized.charAt(i);
                    if (!letterOrDigit(d) && !(d == '\'' && i > s && i + 1 < n && letter(normalized.charAt(i + 1)))) {
                        break;
                    }
                    i++;
                }
                out.add(normalized.substring(s, i));
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',') {
                    if (!out.isEmpty() && !out.get(out.size() - 1).equals(".")) {
                        out.add(".");
                    }
                }
                i++;
            }
        }
        return out;
    }

    private static final boolean[] ASCII_LETTER = new boolean[128];
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER[c] = Character.isLetter(c);
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    private static boolean letter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /** The word tokens of a raw text, breaks left out. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(normalize(text))) {
            if (!t.equals(".")) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A light English stemmer (plural and common verb endings), enough to match "taxes" to "tax", "levies" to "levy". */
    public static String stem(String w) {
        String s = isLower(w) ? w : w.toLowerCase(Locale.ROOT);
        int n = s.length();
        if (n > 4 && s.endsWith("ies")) {
            return s.substring(0, n - 3) + "y";
        }
        if (n > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            return s.substring(0, n - 2);
        }
        if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, n - 1);
        }
        if (n > 5 && s.endsWith("ing")) {
            return s.substring(0, n - 3);
        }
        if (n > 4 && s.endsWith("ed")) {
            return s.substring(0, n - 2);
        }
        return s;
    }
}
