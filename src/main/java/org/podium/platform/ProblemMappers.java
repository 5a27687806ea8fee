package org.podium.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every failure of the API becomes a problem+json response with a 4xx status and a specific message; anything
 * unexpected is logged and answered with a generic 500 problem, never with a stack trace.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** Unwraps what the EJB container wraps, and answers as the cause would be answered. */
    static Response map(Throwable e, HttpHeaders headers, SecurityContext security) {
        Locale locale = Api.locale(headers);
        Throwable t = e;
        while (t instanceof EJBException && !isAccess(t) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PodiumException p) {
            List<Problem.FieldError> errors = p.field() == null
                    ? List.of()
                    : List.of(
                            new Problem.FieldError(p.field(), Bundles.message(locale, p.messageKey(), p.arguments())));
            Response r = Problems.response(Problems.of(p.status(), locale, p.messageKey(), errors, p.arguments()));
            if (p.retryAfterSeconds() > 0) {
                r.getHeaders().putSingle("Retry-After", String.valueOf(p.retryAfterSeconds()));
            }
            return r;
        }
        if (t instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problems.response(Problems.of(400, locale, "problem.validation", errors));
        }
        if (isAccess(t) || t instanceof SecurityException) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            return Problems.response(
                    anonymous
                            ? Problems.of(401, locale, "problem.unauthenticated", null)
                            : Problems.of(403, locale, "problem.forbidden", null));
        }
        if (Conflict.explains(e)) {
            return Problems.response(Problems.of(409, locale, "problem.conflict", null));
        }
        if (t instanceof NotFoundException) {
            return Problems.response(Problems.of(404, locale, "problem.notFound", null));
        }
        if (BodyTooSlow.explains(e)) {
            Response r = Problems.response(Problems.of(408, locale, "problem.bodies.slow", null));
            r.getHeaders().putSingle("Connection", "close");
            return r;
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            // Yasson names the property whose value was of the wrong kind ("text": true): say which
            Pattern named = Pattern.compile("property '([A-Za-z0-9_]{1,60})'");
            List<Problem.FieldError> errors = null;
            for (Throwable c = t; c != null && errors == null; c = c.getCause() == c ? null : c.getCause()) {
                Matcher m = named.matcher(String.valueOf(c.getMessage()));
                errors = m.find()
                        ? List.of(new Problem.FieldError(
                                m.group(1), Bundles.message(locale, "problem.badJson.field", m.group(1))))
                        : null;
            }
            return Problems.response(Problems.of(400, locale, "problem.badJson", errors));
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status < 500) {
                String key = switch (status) {
                    case 405 -> "problem.methodNotAllowed";
                    case 406 -> "problem.notAcceptable";
                    case 415 -> "problem.unsupportedMediaType";
                    default -> "problem.badRequest";
                };
                return Problems.response(Problems.of(status, locale, key, null));
            }
        }
        if (DatabaseOutage.explains(e)) {
            LOG.warning(() -> "database unreachable: " + DatabaseOutage.describe(e));
            Response r = Problems.response(Problems.of(503, locale, "problem.unavailable", null));
            r.getHeaders().putSingle("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            return r;
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
        return Problems.response(Problems.of(500, locale, "problem.internal", null));
    }

    /** EJBAccessException for remote views, AccessLocalException for local ones: the role check said no. */
    private static boolean isAccess(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(Throwable e) {
            return map(e, headers, security);
        }
    }

    /** JAX-RS picks the most specific mapper; this one keeps Bean Validation failures away from the default one. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return map(e, headers, null);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            return map(e, headers, null);
        }
    }
}
