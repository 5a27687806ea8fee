package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.podium.platform.Bundles;

/**
 * The language switch: a page asked for with {@code ?lang=es} remembers the choice in a cookie (a year) and redirects
 * to the same address without the parameter. It stores nothing on the server and needs no session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "podium_lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Locale chosen = Bundles.supported(Locale.forLanguageTag(lang.strip()));
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        String query = withoutLang(request.getQueryString());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // the path as the container resolved it, never the raw request line: "//evil.example/x.xhtml?lang=es"
        // must not send the reader to another site
        String path = request.getContextPath()
                + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("Location", "/" + path.replaceFirst("^/+", "") + (query.isEmpty() ? "" : "?" + query));
    }

    static String withoutLang(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("lang=") && !p.equals("lang"))
                .collect(Collectors.joining("&"));
    }
}
