package org.podium.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalisation and word tokens shared by stance, topics and campaigns: plain Java, no state. */
public final class Text {

    private Text() {
    }

    /**
     * Lower case, compatibility forms folded (ﬁ → fi, full-width → ASCII), accents dropped, typographic quotes and
     * dashes made plain, white space collapsed.
     */
    public static String normalize(String text) {
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

    /**
     * Word tokens of normalised text: runs of letters and digits, with an inner apostrophe kept ("don't"); a
     * sentence break ("." "!" "?" ";" ":" ",") is returned as "." so that negation and phrases can stop there.
     */
    public static List<String> tokens(String normalized) {
        List<String> out = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(normalized.charAt(i))
                        || (normalized.charAt(i) == '\'' && i + 1 < n && Character.isLetter(normalized.charAt(i + 1))
                                && i > s))) {
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
