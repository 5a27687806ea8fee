package org.podium.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The problems of a refused form, for the summary at the top of the page (the template shows it and the page's script
 * moves the focus to it): each field's message, linked to the field. A refused form otherwise said so only beside
 * each field, often below the fold on a phone.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One problem: the field's client id (the link's target) and what is wrong. */
    public record Problem(String clientId, String text) {
        public String getClientId() {
            return clientId;
        }

        public String getText() {
            return text;
        }
    }

    /**
     * Read afresh at each call, never kept: Faces asks whether the summary is rendered while it validates the form
     * too (the summary comes first in the page), before the form's problems are known.
     */
    public List<Problem> getProblems() {
        List<Problem> problems = new ArrayList<>();
        FacesContext ctx = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = ctx.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue; // the page's own messages are shown as they are
            }
            for (Iterator<FacesMessage> m = ctx.getMessages(id); m.hasNext(); ) {
                FacesMessage message = m.next();
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    problems.add(new Problem(id, message.getSummary()));
                }
            }
        }
        return problems;
    }
}
