package org.podium.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;

/**
 * Dates and times as a reader expects them: in the council's time zone, in the reader's language, with the patterns
 * of the message bundle ("Tue 25 Nov 2025, 9:00 AM" / "mar 25 nov 2025, 9:00").
 */
@Named
@RequestScoped
public class Formats {

    /** The pattern of the date-time fields in staff forms, e.g. 2026-12-01 18:30. */
    public static final String INPUT_PATTERN = "yyyy-MM-dd HH:mm";

    @Inject
    PodiumConfig config;

    @Inject
    LocaleBean locale;

    public ZoneId getZone() {
        return config.zone();
    }

    /**
     * A quote kept for every reader (a summary's, a key point's), whose redactions say so in English, with them said
     * in the reader's language.
     */
    public String quote(String text) {
        if (text == null) {
            return null;
        }
        String english = Bundles.message(Locale.ENGLISH, "redacted.marker");
        return text.replace(english, Bundles.message(locale.getLocale(), "redacted.marker"));
    }

    /** The council's time zone as a reader says it: "Central Time", "hora central". */
    public String getZoneName() {
        return config.zone().getDisplayName(TextStyle.FULL, locale.getLocale());
    }

    /** The place that names the zone ("Chicago" for America/Chicago), or the zone's id when it names none. */
    public String getZoneCity() {
        String id = config.zone().getId();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1).replace('_', ' ');
    }

    public String getInputPattern() {
        return INPUT_PATTERN;
    }

    public String dateTime(Instant instant) {
        return format(instant, "format.datetime");
    }

    /** Short, for dense lists (the clerk's queue): "4 Dec, 7:11 AM"; the full form goes in a title. */
    public String shortDateTime(Instant instant) {
        return format(instant, "format.datetime.short");
    }

    public String date(Instant instant) {
        return format(instant, "format.date");
    }

    public String time(Instant instant) {
        return format(instant, "format.time");
    }

    /** For the machine-readable datetime attribute of &lt;time&gt;. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(config.zone()));
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, config.zone());
    }

    public Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(config.zone()).toInstant();
    }

    private String format(Instant instant, String patternKey) {
        if (instant == null) {
            return "";
        }
        var lang = locale.getLocale();
        return DateTimeFormatter.ofPattern(Bundles.message(lang, patternKey), lang)
                .format(instant.atZone(config.zone()));
    }
}
