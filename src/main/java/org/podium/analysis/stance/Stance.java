package org.podium.analysis.stance;

import java.util.Locale;
import java.util.Optional;

/** A comment's position toward its agenda item. */
public enum Stance {
    SUPPORT,
    OPPOSE,
    NEUTRAL;

    /** SUPPORT / OPPOSE / NEUTRAL, and the same as FAVOR / AGAINST / NONE or PRO / CON, in any case. */
    public static Optional<Stance> parse(String label) {
        return Optional.ofNullable(
                switch (label.strip().toUpperCase(Locale.ROOT)) {
                    case "SUPPORT", "FAVOR", "FAVOUR", "PRO" -> SUPPORT;
                    case "OPPOSE", "AGAINST", "CON" -> OPPOSE;
                    case "NEUTRAL", "NONE" -> NEUTRAL;
                    default -> null;
                });
    }
}
