package org.podium.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Content terms of a text: words, stop words left out, stemmed ({@link Text#stem}); and TF-IDF vectors of them. */
public final class Terms {

    private static final WordSet STOP = WordSet.of(
            ("a about above after again against all am an and any are as at be because been before being below "
                            + "between both but by can could did do does doing down during each few for from further had has "
                            + "have having he her here hers herself him himself his how i if in into is it its itself just me "
                            + "more most my myself no nor not now of off on once only or other our ours ourselves out over "
                            + "own same she should so some such than that the their theirs them themselves then there these "
                            + "they this those through to too under until up very was we were what when where which while who "
                            + "whom why will with would you your yours yourself yourselves also please dear council member "
                            + "members city thank thanks sincerely regards im i'm it's don't dont us one get like many much "
                            + "make even well el la los las de del y en que por para con un una es se lo al su sus mi mis")
                    .split(" "));

    private Terms() {}

    public static List<String> of(String text) {
        return of(Text.tokens(Text.normalize(text)));
    }

    /** The content terms of tokens ({@link Text#tokens}; breaks are skipped). */
    public static List<String> of(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String w : tokens) {
            if (w.length() > 1 && !STOP.contains(w) && !digits(w)) {
                out.add(Text.stem(w));
            }
        }
        return out;
    }

    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Term counts. */
    public static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : terms) {
            c.merge(t, 1, Integer::sum);
        }
        return c;
    }

    /** An L2-normalised TF-IDF vector: (1 + ln tf) · idf. Terms without an idf get {@code unknownIdf}. */
    public static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Double> idf, double unknownIdf) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double x = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unknownIdf);
            v.put(e.getKey(), x);
            norm += x * x;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, x) -> x * inv);
        return v;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                s += e.getValue() * y;
            }
        }
        return s;
    }
}
