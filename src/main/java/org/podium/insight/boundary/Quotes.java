package org.podium.insight.boundary;

/** A comment's text as a quote: on one line, cut at a word after {@link #MAX} characters. */
public final class Quotes {

    public static final int MAX = 320;

    private Quotes() {}

    public static String of(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX);
        return t.substring(0, cut > MAX / 2 ? cut : MAX) + " …";
    }
}
