package org.podium.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted after its page expired (session timeout, server restart) goes back to the same page, which says what
 * happened, instead of an error page: the person repeats the step and loses nothing but that step.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public static final String FLASH_KEY = "podiumExpired";

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ViewExpiredException expired = find(events.next().getContext().getException());
            if (expired != null
                    && faces != null
                    && !faces.getPartialViewContext().isAjaxRequest()
                    && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                ExternalContext ec = faces.getExternalContext();
                ec.getFlash().put(FLASH_KEY, Boolean.TRUE);
                ec.getFlash().setRedirect(true);
                String viewId = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
                try {
                    ec.redirect(ec.getRequestContextPath() + viewId);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                return;
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ViewExpiredException v) {
                return v;
            }
        }
        return null;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
