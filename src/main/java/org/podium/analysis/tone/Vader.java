package org.podium.analysis.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
            "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
            "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
            "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    private static final Map<String, Double> BOOSTERS = new HashMap<>();

    static {
        for (String w : ("absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
                + "enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously "
                + "flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin "
                + "fugging greatly hella highly hugely incredible incredibly intensely major majorly more most "
                + "particularly purely quite really remarkably so substantially thoroughly total totally tremendous "
                + "tremendously uber unbelievably unusually utter utterly very").split(" ")) {
            BOOSTERS.put(w, B_INCR);
        }
        for (String w : ("almost|barely|hardly|just enough|kind of|kinda|kindof|kind-of|less|little|marginal|"
                + "marginally|occasional|occasionally|partly|scarce|scarcely|slight|slightly|somewhat|sort of|sorta|"
                + "sortof|sort-of").split("\\|")) {
            BOOSTERS.put(w, B_DECR);
        }
    }

    private static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

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
        String[] lower = new String[words.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = words.get(i).toLowerCase(Locale.ROOT);
        }
        Double[] lex = new Double[lower.length];
        for (int i = 0; i < lower.length; i++) {
            lex[i] = lexicon.get(lower[i]);
        }
        boolean capDiff = capDifferential(words);
        List<Double> sentiments = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (BOOSTERS.containsKey(lower[i])
                    || (i < words.size() - 1 && lower[i].equals("kind") && lower[i + 1].equals("of"))) {
                sentiments.add(0.0);
                continue;
            }
            sentiments.add(valence(words, lower, lex, i, capDiff));
        }
        butCheck(lower, sentiments);
        return scoreValence(sentiments, text);
    }

    private double valence(List<String> words, String[] lower, Double[] lex, int i, boolean capDiff) {
        String item = words.get(i);
        Double base = lex[i];
        if (base == null) {
            return 0.0;
        }
        double valence = base;
        if (lower[i].equals("no") && i != words.size() - 1 && lex[i + 1] != null) {
            valence = 0.0;
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or")
                        || lower[i - 1].equals("nor")))) {
            valence = base * N_SCALAR;
        }
        if (isUpper(item) && capDiff) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int start = 0; start < 3; start++) {
            if (i > start && lex[i - (start + 1)] == null) {
                double s = scalarIncDec(words.get(i - (start + 1)), valence, capDiff);
                if (start == 1 && s != 0) {
                    s *= 0.95;
                }
                if (start == 2 && s != 0) {
                    s *= 0.9;
                }
                valence += s;
                valence = negationCheck(valence, lower, start, i);
                if (start == 2) {
                    valence = idiomsCheck(valence, lower, i);
                }
            }
        }
        return leastCheck(valence, lower, lex, i);
    }

    private static double scalarIncDec(String word, double valence, boolean capDiff) {
        Double b = BOOSTERS.get(word.toLowerCase(Locale.ROOT));
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

    private static double idiomsCheck(double valence, String[] lower, int i) {
        String w0 = lower[i];
        String w1 = lower[i - 1];
        String w2 = lower[i - 2];
        String w3 = lower[i - 3];
        String oneZero = w1 + " " + w0;
        String twoOneZero = w2 + " " + w1 + " " + w0;
        String twoOne = w2 + " " + w1;
        String threeTwoOne = w3 + " " + w2 + " " + w1;
        String threeTwo = w3 + " " + w2;
        for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double v = SPECIAL_CASES.get(seq);
            if (v != null) {
                valence = v;
                break;
            }
        }
        if (lower.length - 1 > i) {
            Double v = SPECIAL_CASES.get(w0 + " " + lower[i + 1]);
            if (v != null) {
                valence = v;
            }
        }
        if (lower.length - 1 > i + 1) {
            Double v = SPECIAL_CASES.get(w0 + " " + lower[i + 1] + " " + lower[i + 2]);
            if (v != null) {
                valence = v;
            }
        }
        for (String gram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double b = BOOSTERS.get(gram);
            if (b != null) {
                valence += b;
            }
        }
        return valence;
    }

    private static double leastCheck(double valence, String[] lower, Double[] lex, int i) {
        if (i > 1 && lex[i - 1] == null && lower[i - 1].equals("least")) {
            if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
                valence *= N_SCALAR;
            }
        } else if (i > 0 && lex[i - 1] == null && lower[i - 1].equals("least")) {
            valence *= N_SCALAR;
        }
        return valence;
    }

    /** As the reference: each value's first occurrence before "but" halved, after it increased by half. */
    private static void butCheck(String[] lower, List<Double> sentiments) {
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
        for (int k = 0; k < sentiments.size(); k++) {
            double sentiment = sentiments.get(k);
            int si = sentiments.indexOf(sentiment);
            if (si < bi) {
                sentiments.set(si, sentiment * 0.5);
            } else if (si > bi) {
                sentiments.set(si, sentiment * 1.5);
            }
        }
    }

    private static Tone scoreValence(List<Double> sentiments, String text) {
        if (sentiments.isEmpty()) {
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
        for (int from = 0; from < n;) {
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
            String token = text.substring(from, to);
            from = to;
            int s = 0;
            int e = token.length();
            while (s < e && PUNCTUATION.indexOf(token.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && PUNCTUATION.indexOf(token.charAt(e - 1)) >= 0) {
                e--;
            }
            out.add(e - s <= 2 ? token : token.substring(s, e));
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
                    lexicon.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1, end < 0 ? line.length() : end)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lexicon);
    }
}
