package org.podium.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.privacy.boundary.Retention;
import org.podium.web.Faces;

/** Administration → Written comments → Personal data: the retention schedule. */
@Named
@RequestScoped
public class RetentionPage {

    @Inject
    Retention retention;

    private Integer days;
    private boolean loaded;

    public Integer getDays() {
        if (!loaded) {
            days = retention.days();
            loaded = true;
        }
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
        this.loaded = true;
    }

    public String save() {
        if (!Faces.attempt("retention", () -> {
            retention.setDays(days);
            Retention.Purge done = retention.runNow();
            Faces.keepMessages();
            if (days == null) {
                Faces.info("retention.saved.keep");
            } else {
                Faces.info("retention.saved", days, done.meetings());
            }
        })) {
            return null;
        }
        return "/admin/settings.xhtml?faces-redirect=true";
    }
}
