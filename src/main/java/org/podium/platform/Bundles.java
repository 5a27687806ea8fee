package org.podium.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundle, outside JSF too (REST problems, e-mails, the start-up banner). */
public final class Bundles {

    public static final String MESSAGES = "org.podium.i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private Bundles() {}

    /**
     * A link for a mail written in {@code lang}: it opens the page in that language (the language switch's
     * parameter, which the page takes and then drops from the address).
     */
    public static String link(Locale lang, String url) {
        return url + (url.indexOf('?') < 0 ? "?" : "&") + "lang="
                + supported(lang).getLanguage();
    }

    public static String message(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                MESSAGES,
                supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /**
     * A Bean Validation message by its key ({@code ValidationMessages}, in the reader's language): for a page that
     * checks a form itself and words each problem in the language of the page, not the server's.
     */
    public static String validation(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(
                            "ValidationMessages",
                            supported(locale),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT))
                    .getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** English unless the reader asked for a language Podium speaks. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(requested.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
