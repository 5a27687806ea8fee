package org.podium.moderation.web;

/** A reason as the drop-downs list it: its code and its words in the reader's language. */
public final class ReasonOption {
    private final String code;
    private final String label;

    ReasonOption(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
