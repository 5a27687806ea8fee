package org.podium.comment.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of a comment's text, [start, end) in UTF-16 code units (what Java and JavaScript count): a suggested or
 * applied redaction. Stored as {@code start-end,start-end}, sorted and without overlaps.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end: " + start + "-" + end);
        }
    }

    /** Sorted, overlapping and touching spans joined. */
    public static List<Span> normalise(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    public static String format(List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Span s : normalise(spans)) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(s.start()).append('-').append(s.end());
        }
        return b.toString();
    }

    /** The stored form back; an empty list for null or blank. */
    public static List<Span> parse(String stored) {
        List<Span> out = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String part : stored.split(",")) {
            int dash = part.indexOf('-');
            out.add(new Span(
                    Integer.parseInt(part.substring(0, dash).strip()),
                    Integer.parseInt(part.substring(dash + 1).strip())));
        }
        return out;
    }

    /**
     * The text with every span replaced by {@code marker}: what every public surface shows. A span that runs past the
     * end of the text is cut at the end (the text can only have been replaced as a whole, never shortened under it).
     */
    public static String apply(String text, List<Span> spans, String marker) {
        if (text == null || spans == null || spans.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Span s : normalise(spans)) {
            int start = Math.min(s.start(), text.length());
            int end = Math.min(s.end(), text.length());
            if (start < at) {
                continue;
            }
            b.append(text, at, start).append(marker);
            at = end;
        }
        return b.append(text, at, text.length()).toString();
    }
}
