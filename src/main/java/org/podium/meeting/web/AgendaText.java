package org.podium.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.web.Faces;

/**
 * The agenda's own text in the reader's language: the clerk's Spanish version on a page in Spanish, else the original
 * (English), which the page then marks as such ({@link #original}) and tags with its language for screen readers.
 */
@Named("agenda")
@RequestScoped
public class AgendaText {

    /** The language agendas are written in first. */
    static final String ORIGINAL = "en";

    private boolean spanish() {
        return "es".equals(Faces.locale().getLanguage());
    }

    public String title(AgendaItem i) {
        return spanish() && i.getTitleEs() != null ? i.getTitleEs() : i.getTitle();
    }

    public String description(AgendaItem i) {
        return spanish() && i.getDescriptionEs() != null ? i.getDescriptionEs() : i.getDescription();
    }

    public String title(Meeting m) {
        return spanish() && m.getTitleEs() != null ? m.getTitleEs() : m.getTitle();
    }

    /** True when a page in another language shows this item's title in the original. */
    public boolean original(AgendaItem i) {
        return spanish() && i.getTitleEs() == null;
    }

    public boolean originalDescription(AgendaItem i) {
        return spanish() && i.getDescription() != null && i.getDescriptionEs() == null;
    }

    public boolean original(Meeting m) {
        return spanish() && m.getTitleEs() == null;
    }

    /** The language of the title shown, for the lang attribute around it. */
    public String lang(AgendaItem i) {
        return original(i) || !spanish() ? ORIGINAL : "es";
    }

    public String descriptionLang(AgendaItem i) {
        return originalDescription(i) || !spanish() ? ORIGINAL : "es";
    }

    /**
     * The language of the council's own text that has no Spanish version (the body's name, the place, the remote
     * instructions): for the lang attribute, so that a screen reader reads it in English on a Spanish page.
     */
    public String getOriginalLang() {
        return ORIGINAL;
    }

    /** True on a page in another language than the agenda's: free text of the council is then marked as original. */
    public boolean isTranslatedPage() {
        return spanish();
    }

    /** A text of the council given as its original and its Spanish version (null: none), in the reader's language. */
    public String text(String original, String es) {
        return spanish() && es != null ? es : original;
    }

    /** The language of {@link #text(String, String)}'s answer, for the lang attribute around it. */
    public String langOf(String es) {
        return spanish() && es != null ? "es" : ORIGINAL;
    }

    public String lang(Meeting m) {
        return original(m) || !spanish() ? ORIGINAL : "es";
    }
}
