package org.podium.analysis.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podium.analysis.text.WordSet;

/**
 * VADER (Hutto and Gilbert, ICWSM 2014), rule for rule as its reference implementation (vaderSentiment 3.3.2): the
 * valence lexicon, negation of the three words before, boosters and dampeners with distance decay, "but" shifting the
 * weight to what follows, words in capitals among words that are not, "least", a few idioms, and emphasis by "!" and
 * "?". The reference's own quirks are kept (the "but" rule finds each value's first occurrence), so that scores match
 * it. Emoji descriptions are not substituted (the reference's emoji lexicon is not shipped). Lexicon: MIT licence,
 * see VADER-LICENSE.txt beside it.
 */
public final class Vader {

    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    static final double C_INCR = 0.733;
    static final double N_SCALAR = -0.74;

    private static final WordSet NEGATE = WordSet.of(
            "aint",
            "arent",
            "cannot",
            "cant",
            "couldnt",
            "darent",
            "didnt",
            "doesnt",
            "ain't",
            "aren't",
            "can't",
            "couldn't",
            "daren't",
            "didn't",
            "doesn't",
            "dont",
            "hadnt",
            "hasnt",
            "havent",
            "isnt",
            "mightnt",
            "mustnt",
            "neither",
            "don't",
            "hadn't",
            "hasn't",
            "haven't",
            "isn't",
            "mightn't",
            "mustn't",
            "neednt",
            "needn't",
            "never",
            "none",
            "nope",
            "nor",
            "not",
            "nothing",
            "nowhere",
            "oughtnt",
            "shant",
            "shouldnt",
            "uhuh",
            "wasnt",
            "werent",
            "oughtn't",
            "shan't",
            "shouldn't",
            "uh-uh",
            "wasn't",
            "weren't",
            "without",
            "wont",
            "wouldnt",
            "won't",
            "wouldn't",
            "rarely",
            "seldom",
            "despite");

    private static final Map<String, Double> BOOSTERS = new HashMap<>();

    static {
        for (String w : ("absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
                        + "enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously "
                        + "flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin "
                        + "fugging greatly hella highly hugely incredible incredibly intensely major majorly more most "
                        + "particularly purely quite really remarkably so substantially thoroughly total totally tremendous "
                        + "tremendously uber unbelievably unusually utter utterly very")
                .split(" ")) {
            BOOSTERS.put(w, B_INCR);
        }
        for (String w : ("almost|barely|hardly|just enough|kind of|kinda|kindof|kind-of|less|little|marginal|"
                        + "marginally|occasional|occasionally|partly|scarce|scarcely|slight|slightly|somewhat|sort of|sorta|"
                        + "sortof|sort-of")
                .split("\\|")) {
            BOOSTERS.put(w, B_DECR);
        }
    }

    private static final Map<String, Double> SPECIAL_CASES = Map.of(
            "the shit",
            3.0,
            "the bomb",
            3.0,
            "bad ass",
            1.5,
            "badass",
            1.5,
            "bus stop",
            0.0,
            "yeah right",
            -2.0,
            "kiss of death",
            -1.5,
            "to die for",
            3.0,
            "beating heart",
            3.1,
            "broken heart",
            -2.9);

    /** Every word of a special case or a multi-word booster: a phrase of other words cannot be one. */
    private static final WordSet IDIOM_WORDS;
    /** The keys of BOOSTERS, to pass over most words without a lookup. */
    private static final WordSet BOOSTER_WORDS = WordSet.of(BOOSTERS.keySet());

    static {
        Set<String> w = new HashSet<>();
        for (String phrase : SPECIAL_CASES.keySet()) {
            w.addAll(List.of(phrase.split(" ")));
        }
        for (String phrase : BOOSTERS.keySet()) {
            if (phrase.contains(" ")) {
                w.addAll(List.of(phrase.split(" ")));
            }
        }
        IDIOM_WORDS = WordSet.of(w);
    }

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final boolean[] IS_PUNCTUATION = new boolean[128];

    static {
        for (char c : PUNCTUATION.toCharArray()) {
            IS_PUNCTUATION[c] = true;
        }
    }

    private static boolean punctuation(char c) {
        return c < 128 && IS_PUNCTUATION[c];
    }

    private static final Vader DEFAULT = new Vader(load());

    private final Map<String, Double> lexicon;

    Vader(Map<String, Double> lexicon) {
        this.lexicon = lexicon;
    }

    /** The analyser with the shipped lexicon (loaded once; thread-safe). */
    public static Vader get() {
        return DEFAULT;
    }

    /** The scores of a text, as the reference computes them (before its rounding). */
    public Tone score(String text) {
        List<String> words = words(text);
        int n = words.size();
        String[] lower = new String[n];
        double[] lex = new double[n];
        boolean[] idiomWord = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words.get(i).toLowerCase(Locale.ROOT);
            Double v = lexicon.get(lower[i]);
            lex[i] = v == null ? Double.NaN : v;
            idiomWord[i] = IDIOM_WORDS.contains(lower[i]);
        }
        boolean capDiff = capDifferential(words);
        double[] sentiments = new double[n];
        for (int i = 0; i < n; i++) {
            if (BOOSTER_WORDS.contains(lower[i])
                    || (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of"))) {
                continue;
            }
            sentiments[i] = valence(words, lower, lex, idiomWord, i, capDiff);
        }
        butCheck(lower, sentiments);
        return scoreValence(sentiments, text);
    }

    private double valence(
            List<String> words, String[] lower, double[] lex, boolean[] idiomWord, int i, boolean capDiff) {
        double base = lex[i];
        if (Double.isNaN(base)) {
            return 0.0;
        }
        String item = words.get(i);
        double valence = base;
        if (lower[i].equals("no") && i != words.size() - 1 && !Double.isNaN(lex[i + 1])) {
            valence = 0.0;
        }
        if ((i > 0 && lower[i - 1].equals("no"))
                || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            valence = base * N_SCALAR;
        }
        if (isUpper(item) && capDiff) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int start = 0; start < 3; start++) {
            int k = i - (start + 1);
            if (k >= 0 && Double.isNaN(lex[k])) {
                double s = scalarIncDec(words.get(k), lower[k], valence, capDiff);
                if (start == 1 && s != 0) {
                    s *= 0.95;
                }
                if (start == 2 && s != 0) {
                    s *= 0.9;
                }
                valence += s;
                valence = negationCheck(valence, lower, start, i);
                if (start == 2) {
                    valence = idiomsCheck(valence, lower, idiomWord, i);
                }
            }
        }
        return leastCheck(valence, lower, lex, i);
    }

    private static double scalarIncDec(String word, String lowerWord, double valence, boolean capDiff) {
        Double b = BOOSTER_WORDS.contains(lowerWord) ? BOOSTERS.get(lowerWord) : null;
        if (b == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -b : b;
        if (isUpper(word) && capDiff) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    private static double negationCheck(double valence, String[] lower, int start, int i) {
        if (start == 0) {
            if (negated(lower[i - 1])) {
                valence *= N_SCALAR;
            }
        } else if (start == 1) {
            if (lower[i - 2].equals("never") && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                valence *= 1.25;
            } else if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
                return valence;
            } else if (negated(lower[i - 2])) {
                valence *= N_SCALAR;
            }
        } else {
            if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
                    || (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                valence *= 1.25;
            } else if (lower[i - 3].equals("without")
                    && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
                return valence;
            } else if (negated(lower[i - 3])) {
                valence *= N_SCALAR;
            }
        }
        return valence;
    }

    static boolean negated(String lowerWord) {
        return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
    }

    /**
     * The reference's idioms and multi-word boosters around word i. A phrase can only match when each of its words
     * occurs in some idiom ({@code idiomWord}), which spares building the strings for almost every word.
     */
    private static double idiomsCheck(double valence, String[] lower, boolean[] idiomWord, int i) {
        boolean w0 = idiomWord[i];
        boolean w1 = idiomWord[i - 1];
        boolean w2 = idiomWord[i - 2];
        boolean w3 = idiomWord[i - 3];
        if (w1 && w0) {
            Double v = SPECIAL_CASES.get(lower[i - 1] + " " + lower[i]);
            if (v != null) {
                return idiomsAfter(v, lower, idiomWord, i, w1, w2, w3);
            }
        }
        if (w2 && w1 && w0) {
            Double v = SPECIAL_CASES.get(lower[i - 2] + " " + lower[i - 1] + " " + lower[i]);
            if (v != null) {
                return idiomsAfter(v, lower, idiomWord, i, w1, w2, w3);
            }
        }
        if (w2 && w1) {
            Double v = SPECIAL_CASES.get(lower[i - 2] + " " + lower[i - 1]);
            if (v != null) {
                return idiomsAfter(v, lower, idiomWord, i, w1, w2, w3);
            }
        }
        if (w3 && w2 && w1) {
            Double v = SPECIAL_CASES.get(lower[i - 3] + " " + lower[i - 2] + " " + lower[i - 1]);
            if (v != null) {
                return idiomsAfter(v, lower, idiomWord, i, w1, w2, w3);
            }
        }
        if (w3 && w2) {
            Double v = SPECIAL_CASES.get(lower[i - 3] + " " + lower[i - 2]);
            if (v != null) {
                return idiomsAfter(v, lower, idiomWord, i, w1, w2, w3);
            }
        }
        return idiomsAfter(valence, lower, idiomWord, i, w1, w2, w3);
    }

    /** The rest of the reference's idioms check: phrases starting at word i, then multi-word boosters before it. */
    private static double idiomsAfter(
            double valence, String[] lower, boolean[] idiomWord, int i, boolean w1, boolean w2, boolean w3) {
        if (lower.length - 1 > i && idiomWord[i] && idiomWord[i + 1]) {
            Double v = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1]);
            if (v != null) {
                valence = v;
            }
        }
        if (lower.length - 1 > i + 1 && idiomWord[i] && idiomWord[i + 1] && idiomWord[i + 2]) {
            Double v = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1] + " " + lower[i + 2]);
            if (v != null) {
                valence = v;
            }
        }
        if (w3 && w2 && w1) {
            Double b = BOOSTERS.get(lower[i - 3] + " " + lower[i - 2] + " " + lower[i - 1]);
            if (b != null) {
                valence += b;
            }
        }
        if (w3 && w2) {
            Double b = BOOSTERS.get(lower[i - 3] + " " + lower[i - 2]);
            if (b != null) {
                valence += b;
            }
        }
        if (w2 && w1) {
            Double b = BOOSTERS.get(lower[i - 2] + " " + lower[i - 1]);
            if (b != null) {
                valence += b;
            }
        }
        return valence;
    }

    private static double leastCheck(double valence, String[] lower, double[] lex, int i) {
        if (i > 1 && Double.isNaN(lex[i - 1]) && lower[i - 1].equals("least")) {
            if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
                valence *= N_SCALAR;
            }
        } else if (i > 0 && Double.isNaN(lex[i - 1]) && lower[i - 1].equals("least")) {
            valence *= N_SCALAR;
        }
        return valence;
    }

    /**
     * As the reference: each value's first occurrence before "but" halved, after it increased by half (Python's
     * list.index finds the first element equal to the value, which may be an earlier word's).
     */
    private static void butCheck(String[] lower, double[] sentiments) {
        int bi = -1;
        for (int k = 0; k < lower.length; k++) {
            if (lower[k].equals("but")) {
                bi = k;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int k = 0; k < sentiments.length; k++) {
            double sentiment = sentiments[k];
            int si = 0;
            while (Double.doubleToLongBits(sentiments[si]) != Double.doubleToLongBits(sentiment)) {
                si++;
            }
            if (si < bi) {
                sentiments[si] = sentiment * 0.5;
            } else if (si > bi) {
                sentiments[si] = sentiment * 1.5;
            }
        }
    }

    private static Tone scoreValence(double[] sentiments, String text) {
        if (sentiments.length == 0) {
            return new Tone(0, 0, 0, 0);
        }
        double sum = 0;
        for (double s : sentiments) {
            sum += s;
        }
        double punct = punctuationEmphasis(text);
        if (sum > 0) {
            sum += punct;
        } else if (sum < 0) {
            sum -= punct;
        }
        double compound = Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + 15)));
        double pos = 0;
        double neg = 0;
        int neu = 0;
        for (double s : sentiments) {
            if (s > 0) {
                pos += s + 1;
            } else if (s < 0) {
                neg += s - 1;
            } else {
                neu++;
            }
        }
        if (pos > Math.abs(neg)) {
            pos += punct;
        } else if (pos < Math.abs(neg)) {
            neg -= punct;
        }
        double total = pos + Math.abs(neg) + neu;
        return new Tone(compound, Math.abs(pos / total), Math.abs(neg / total), Math.abs(neu / total));
    }

    private static double punctuationEmphasis(String text) {
        int ep = 0;
        int qm = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '!') {
                ep++;
            } else if (c == '?') {
                qm++;
            }
        }
        double q = qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0;
        return Math.min(ep, 4) * 0.292 + q;
    }

    /** The reference's tokens: split on white space; punctuation stripped from both ends unless that leaves ≤ 2 characters. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        for (int from = 0; from < n; ) {
            while (from < n && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < n && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (to == from) {
                break;
            }
            // the bounds found on the text itself: one string made per word, not two
            int s = from;
            int e = to;
            while (s < e && punctuation(text.charAt(s))) {
                s++;
            }
            while (e > s && punctuation(text.charAt(e - 1))) {
                e--;
            }
            out.add(e - s <= 2 ? text.substring(from, to) : text.substring(s, e));
            from = to;
        }
        return out;
    }

    private static boolean capDifferential(List<String> words) {
        int caps = 0;
        for (String w : words) {
            if (isUpper(w)) {
                caps++;
            }
        }
        int diff = words.size() - caps;
        return diff > 0 && diff < words.size();
    }

    /** Python's str.isupper(): at least one cased character, and every cased one upper case. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    private static Map<String, Double> load() {
        Map<String, Double> lexicon = new HashMap<>(16384);
        try (InputStream in = Vader.class.getResourceAsStream("vader_lexicon.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    int end = line.indexOf('\t', tab + 1);
                    lexicon.put(
                            line.substring(0, tab),
                            Double.parseDouble(line.substring(tab + 1, end < 0 ? line.length() : end)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lexicon);
    }
}
