package org.podium.web;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date and time as a clerk types it, in English or Spanish: "now", "2026-12-01 18:30", "12/1/2026 6:30 pm"
 * (day first in Spanish: "1/12/2026 18:30"), "Dec 1, 2026 at 6:30 PM", "1 de diciembre de 2026 18:30",
 * "today 9:15", "ayer 9:15", "18:30" (today). A date without a time is refused rather than guessed, and so is an
 * impossible one (30 February).
 */
public final class DateTimeText {

    /** Why a text is not a date and time; {@link #key()} names the message. */
    public static final class Invalid extends IllegalArgumentException {
        private final String key;

        Invalid(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final String UNREADABLE = "datetime.unreadable";
    public static final String NO_TIME = "datetime.noTime";
    public static final String IMPOSSIBLE = "datetime.impossible";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("ene", 1),
            Map.entry("enero", 1),
            Map.entry("feb", 2),
            Map.entry("february", 2),
            Map.entry("febrero", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("marzo", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("abr", 4),
            Map.entry("abril", 4),
            Map.entry("may", 5),
            Map.entry("mayo", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("junio", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("julio", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("ago", 8),
            Map.entry("agosto", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("septiembre", 9),
            Map.entry("set", 9),
            Map.entry("setiembre", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("octubre", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("noviembre", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12),
            Map.entry("dic", 12),
            Map.entry("diciembre", 12));

    /** Words that carry nothing: weekdays ("Tue, Dec 1"), "at", "on", "de", "a las". */
    private static final Pattern FILLER =
            Pattern.compile("\\b(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs"
                    + "|thursday|fri|friday|sat|saturday|sun|sunday|lun|lunes|martes|mie|miercoles|jue|jueves|vie|viernes|sab"
                    + "|sabado|dom|domingo|at|on|the|of|de|del|el|a las|a la|las|la)\\b");

    private static final Pattern TIME =
            Pattern.compile("(?:^|\\s)(\\d{1,2})(?:(?::|h)(\\d{2}))?(?::(\\d{2}))?\\s*(am|pm)?$");
    private static final Pattern SPANISH_WEEKDAY = Pattern.compile("(?:lun|mar|mie|jue|vie|sab|dom)\\s+(\\d.*)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(\\d{4}))?");

    private DateTimeText() {}

    /**
     * @param text what was typed
     * @param locale the reader's language: Spanish reads "1/12/2026" as 1 December, English as 12 January
     * @param now the council's present time, for "now", "today" and a time alone
     */
    public static LocalDateTime parse(String text, Locale locale, LocalDateTime now) {
        String s = normalize(text);
        if (s.isEmpty()) {
            throw new Invalid(UNREADABLE);
        }
        if (s.equals("now") || s.equals("ahora") || s.equals("right now") || s.equals("ahora mismo")) {
            return now.truncatedTo(ChronoUnit.MINUTES);
        }
        // an ISO "T" between the date and the time
        s = s.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})t(?=\\d)", "$1 ");
        s = s.replaceAll("\\b([ap])\\.?\\s?m\\.?(?=\\s|$)", "$1m");
        s = s.replace("noon", "12:00 pm")
                .replace("mediodia", "12:00 pm")
                .replace("midnight", "12:00 am")
                .replace("medianoche", "12:00 am");
        s = FILLER.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();

        Matcher t = TIME.matcher(s);
        LocalTime time = null;
        String datePart = s;
        if (t.find() && (t.group(2) != null || t.group(4) != null)) {
            time = time(t);
            datePart = s.substring(0, t.start()).strip();
        }
        LocalDate date = date(datePart, locale, now.toLocalDate());
        if (time == null) {
            throw new Invalid(date == null ? UNREADABLE : NO_TIME);
        }
        return LocalDateTime.of(date == null ? now.toLocalDate() : date, time);
    }

    private static LocalTime time(Matcher t) {
        int hour = Integer.parseInt(t.group(1));
        int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        String half = t.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new Invalid(IMPOSSIBLE);
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        try {
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            throw new Invalid(IMPOSSIBLE);
        }
    }

    /** The date part, or null when there is none (a time alone means today). */
    private static LocalDate date(String s, Locale locale, LocalDate today) {
        if (s.isEmpty()) {
            return null;
        }
        switch (s) {
            case "today", "hoy":
                return today;
            case "yesterday", "ayer":
                return today.minusDays(1);
            case "tomorrow", "manana":
                return today.plusDays(1);
            default:
                break;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayFirst = !"en".equals(locale.getLanguage()) || "GB".equals(locale.getCountry());
            if (a > 12 && b <= 12) {
                dayFirst = true;
            } else if (b > 12 && a <= 12) {
                dayFirst = false;
            }
            String year = m.group(3) == null
                    ? String.valueOf(today.getYear())
                    : m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            return dayFirst ? of(year, m.group(2), m.group(1)) : of(year, m.group(1), m.group(2));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches() && MONTHS.containsKey(m.group(2))) {
            return of(year(m.group(3), today), MONTHS.get(m.group(2)).toString(), m.group(1));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches() && MONTHS.containsKey(m.group(1))) {
            return of(year(m.group(3), today), MONTHS.get(m.group(1)).toString(), m.group(2));
        }
        // Spanish "mar 1 dic": a weekday abbreviation that is also a month's ("mar", March) is read last
        m = SPANISH_WEEKDAY.matcher(s);
        if (m.matches()) {
            return date(m.group(1), locale, today);
        }
        throw new Invalid(UNREADABLE);
    }

    private static String year(String year, LocalDate today) {
        return year == null ? String.valueOf(today.getYear()) : year;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new Invalid(IMPOSSIBLE);
        }
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT)
                .replace(',', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
