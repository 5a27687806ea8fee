package org.podium.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Builds problem responses, for JAX-RS and for the servlet layer (the authentication mechanism, filters). */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String CHALLENGE = "Basic realm=\"Podium\", charset=\"UTF-8\"";

    private Problems() {}

    public static Problem of(int status, Locale locale, String key, List<Problem.FieldError> errors, Object... args) {
        return new Problem(
                "urn:podium:problem:" + key,
                title(status, locale),
                status,
                Bundles.message(locale, key, args),
                errors == null ? List.of() : errors);
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder b =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            b.header("WWW-Authenticate", CHALLENGE);
        }
        return b.build();
    }

    public static String json(Problem problem) {
        return JSONB.toJson(problem);
    }

    public static AuthenticationStatus send(
            HttpServletResponse response,
            int status,
            String key,
            Locale locale,
            HttpMessageContext context,
            Object... args) {
        write(response, of(status, Bundles.supported(locale), key, null, args));
        return AuthenticationStatus.SEND_FAILURE; // the response is written; sendError would replace it
    }

    public static void write(HttpServletResponse response, Problem problem) {
        try {
            response.setStatus(problem.status());
            StatusLine.phrase(response, problem.status());
            if (problem.status() == 401) {
                response.setHeader("WWW-Authenticate", CHALLENGE);
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json(problem));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    private static String title(int status, Locale locale) {
        return Bundles.message(locale, "problem.status." + status);
    }
}
