package org.podium.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.podium.platform.Bundles;
import org.podium.platform.Conflict;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Messages for pages: from the bundle, in the reader's language, beside the field at fault when there is one. */
public final class Faces {

    private Faces() {}

    public static String text(String key, Object... args) {
        return Bundles.message(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String clientId, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        // the field at fault says so to a screen reader too (aria-invalid follows the component's validity)
        if (clientId != null
                && faces.getViewRoot() != null
                && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            keepShown(faces, input);
            input.setValid(false);
        }
    }

    /**
     * An input found wrong after the model was updated has no submitted value left, and an invalid input is rendered
     * from its submitted value: it would come back empty, losing what the person typed (a clerk's whole list of
     * topics did). Its value, as the page shows it, becomes its submitted value again.
     */
    private static void keepShown(FacesContext faces, UIInput input) {
        if (input.getSubmittedValue() != null || input instanceof UISelectMany) {
            return;
        }
        Object value = input.getValue();
        if (value == null) {
            return;
        }
        Converter<Object> converter = input.getConverter();
        input.setSubmittedValue(converter != null ? converter.getAsString(faces, input, value) : String.valueOf(value));
    }

    /** Keeps the messages across a redirect (Post-Redirect-Get). */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Runs a page's action, the one way every page bean does: true when it went through; when it was refused, the
     * refusal becomes messages as {@link #report} says (beside the field of form {@code formId} it names) and the
     * answer is false. The caller reloads what it shows either way.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            report(e, formId);
            return false;
        }
    }

    /**
     * What a page shows, loaded by the id in its address: the thing, or null once the answer is a 404 (no id, nothing
     * there, or a refusal such as "not published"). The one way a page says that what it names is not there.
     */
    public static <T> T orNotFound(Long id, LongFunction<T> load) throws IOException {
        T found = null;
        if (id != null) {
            try {
                found = load.apply(id);
            } catch (PodiumException e) {
                found = null;
            }
        }
        if (found == null) {
            notFound();
        }
        return found;
    }

    /** Answers the page's request with a 404 (the error page says it in the reader's language). */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    /** {@link #attempt} for an action with a result: the result, or empty when it was refused (and said so). */
    public static <T> Optional<T> tryGet(String formId, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            report(e, formId);
            return Optional.empty();
        }
    }

    /**
     * Turns a refused action into messages: a business rule beside its field (the form's component with the same id,
     * inside {@code formId}), a Bean Validation failure beside each field, a concurrent change as a general message.
     * Anything else is not a user's mistake and is rethrown for the error page.
     */
    public static void report(RuntimeException e, String formId) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PodiumException p) {
            error(clientId(formId, p.field()), p.messageKey(), p.arguments());
        } else if (t instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                FacesContext.getCurrentInstance()
                        .addMessage(
                                clientId(formId, field),
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            });
        } else if (Conflict.explains(e)) {
            error(null, "problem.conflict");
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The words of a refused action for a message that names several comments; anything else is rethrown. */
    public static String problemText(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PodiumException p) {
            return text(p.messageKey(), p.arguments());
        }
        if (Conflict.explains(e)) {
            return text("problem.conflict");
        }
        throw e;
    }

    /** The client id of a form's field, to put a message beside it (null when there is no such field). */
    public static String clientId(String formId, String field) {
        if (field == null || formId == null) {
            return null;
        }
        UIComponent form = FacesContext.getCurrentInstance().getViewRoot().findComponent(formId);
        UIComponent input = form == null ? null : form.findComponent(field);
        return input == null ? null : input.getClientId();
    }

    /** The network address of the request: the resident's, also behind a trusted reverse proxy (PodiumConfig). */
    public static String clientAddress() {
        Object r = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return r instanceof HttpServletRequest h
                ? CDI.current().select(PodiumConfig.class).get().clientAddress(h)
                : null;
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }

    /**
     * The address for a link that must not go astray (a password link): the configured public address, or this
     * request's only when it came to a loopback name (a demo or a developer's machine). Empty otherwise: the request's
     * Host header is the sender's to choose, and a reset link to a host of their choosing hands them the account.
     */
    public static Optional<String> trustedBaseUrl(PodiumConfig config) {
        if (config.publicUrl().isPresent()) {
            return config.publicUrl();
        }
        HttpServletRequest r = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return config.linkHostAllowed(r.getServerName()) ? Optional.of(baseUrl(config)) : Optional.empty();
    }

    /**
     * The address people reach Podium at, for links in e-mails: configured, else that of this request if its host may
     * be trusted ({@link PodiumConfig#linkHostAllowed}); else the action is refused (nothing is sent).
     */
    public static String baseUrl(PodiumConfig config) {
        return config.publicUrl().orElseGet(() -> {
            HttpServletRequest r = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            if (!config.linkHostAllowed(r.getServerName())) {
                throw new PodiumException(400, null, "problem.host");
            }
            String scheme = r.getScheme();
            int port = r.getServerPort();
            boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + r.getServerName() + (defaultPort ? "" : ":" + port) + r.getContextPath();
        });
    }
}
