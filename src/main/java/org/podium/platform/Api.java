package org.podium.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** What every REST resource needs from a request: ids and numbers from text, the reader's language, Podium's address. */
public final class Api {

    private Api() {}

    /** Path ids arrive as text, so that a malformed one gets the same 404 problem as an unknown one. */
    public static long id(String value, String notFoundKey) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw PodiumException.notFound(notFoundKey);
    }

    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw PodiumException.invalid(name, "param.integer", name);
        }
    }

    /** The most pages a list is read to: a page beyond it is refused (its offset, page × size, stays an int). */
    public static final int MAX_PAGE = 100_000;

    /** A list's page number, 0 to {@link #MAX_PAGE}; else 400 naming {@code page}. */
    public static int page(String value) {
        int page = integer("page", value);
        if (page < 0 || page > MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", MAX_PAGE);
        }
        return page;
    }

    public static Locale locale(HttpHeaders headers) {
        List<Locale> langs = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Bundles.supported(langs.isEmpty() ? Locale.ENGLISH : langs.get(0));
    }

    /**
     * The address for links in e-mails: configured, else the one this request came to (without /api/v1/) if its host
     * may be trusted ({@link PodiumConfig#linkHostAllowed}); else 400, and nothing is sent.
     */
    public static String baseUrl(PodiumConfig config, UriInfo uri) {
        return config.publicUrl().orElseGet(() -> {
            if (!config.linkHostAllowed(uri.getBaseUri().getHost())) {
                throw new PodiumException(400, null, "problem.host");
            }
            String b = uri.getBaseUri().toString();
            return b.endsWith("/api/v1/") ? b.substring(0, b.length() - "/api/v1/".length()) : b;
        });
    }
}
