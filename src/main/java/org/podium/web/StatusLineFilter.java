package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.podium.platform.Bundles;
import org.podium.platform.Problem;
import org.podium.platform.Problems;
import org.podium.platform.StatusLine;

/**
 * The status line's words for the codes the server's HTTP layer does not know: it answers "429 CUSTOM" and "422
 * CUSTOM". Clients go by the number, but a person reading a log or a proxy's page reads the words. The servlet API
 * has no way to set them (since Servlet 6), so they are given to the server's own response, found by reflection; if
 * that ever fails, only the words are lost, never the status. And on the API, an error the server sends by itself
 * is written as problem+json.
 */
public class StatusLineFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<Integer, String> PHRASES = StatusLine.PHRASES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // an error the server or JAX-RS answers on its own (a doubled Content-Type, say) is problem+json on the API,
        // as every other answer of the API, not the site's HTML error page
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                super.setStatus(sc);
                phrase(getResponse(), sc);
            }

            @Override
            public void sendError(int sc) throws IOException {
                if (api) {
                    problem(request, response, sc);
                    return;
                }
                String p = PHRASES.get(sc);
                if (p == null) {
                    super.sendError(sc);
                } else {
                    super.sendError(sc, p);
                }
            }

            @Override
            public void sendError(int sc, String msg) throws IOException {
                if (api) {
                    problem(request, response, sc);
                    return;
                }
                super.sendError(sc, msg);
            }
        });
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int sc) {
        String key = switch (sc) {
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 415 -> "problem.unsupportedMediaType";
            default -> sc >= 500 ? "problem.internal" : "problem.badRequest";
        };
        int status = sc >= 500
                        || Bundles.message(Locale.ENGLISH, "problem.status." + sc)
                                .startsWith("problem.")
                ? (sc >= 500 ? 500 : 400)
                : sc;
        var problem = Problems.of(status, Bundles.supported(request.getLocale()), key, null);
        response.resetBuffer();
        response.setStatus(status);
        phrase(response, status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Problems.json(problem));
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the body was already begun as a stream: the status stands
        }
    }

    static void phrase(ServletResponse response, int sc) {
        StatusLine.phrase(response, sc);
    }
}
