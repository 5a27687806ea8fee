package org.podium.analysis.text;

import java.util.List;

/** A comment normalised and tokenised once, for every part of the analysis that reads it. */
public record Prepared(String normalized, List<String> tokens) {

    public static Prepared of(String text) {
        String n = Text.normalize(text);
        return new Prepared(n, Text.tokens(n));
    }
}
