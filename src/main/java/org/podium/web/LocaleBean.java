package org.podium.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.podium.platform.Bundles;

/**
 * The reader's language: the one chosen with the switch in the page header (a cookie, see {@link LanguageFilter}),
 * otherwise the browser's preference among those Podium speaks, otherwise English.
 */
@Named
@RequestScoped
public class LocaleBean {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null
                    ? Locale.ENGLISH
                    : of((HttpServletRequest) faces.getExternalContext().getRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isSpanish() {
        return "es".equals(getLanguage());
    }

    /** The current page's address with the language switched, for the header's language link. */
    public String switchUrl(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String query = LanguageFilter.withoutLang(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LanguageFilter.COOKIE.equals(c.getName())) {
                    return Bundles.supported(Locale.forLanguageTag(c.getValue()));
                }
            }
        }
        for (var e = request.getLocales(); e.hasMoreElements(); ) {
            Locale l = e.nextElement();
            for (Locale s : Bundles.SUPPORTED) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
