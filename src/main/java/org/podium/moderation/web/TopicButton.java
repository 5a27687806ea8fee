package org.podium.moderation.web;

/** A council topic as the rows' buttons show it, in the reader's language (read once per page, not per button). */
public final class TopicButton {
    private final String name;
    private final String text;
    private final String lang;
    private final String shortcut;

    TopicButton(String name, String text, String lang, String shortcut) {
        this.name = name;
        this.text = text;
        this.lang = lang;
        this.shortcut = shortcut;
    }

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }

    public String getLang() {
        return lang;
    }

    /** Shift+1 … Shift+9 for the first nine, none after. */
    public String getShortcut() {
        return shortcut;
    }
}
