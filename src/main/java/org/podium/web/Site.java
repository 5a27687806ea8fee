package org.podium.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.platform.PodiumConfig;

/** Site-wide facts for the page template. */
@Named("podiumSite")
@ApplicationScoped
public class Site {

    @Inject
    PodiumConfig config;

    /** In the page's language (see {@link PodiumConfig#councilName(java.util.Locale)}). */
    public String getCouncilName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return config.councilName(
                faces == null || faces.getViewRoot() == null
                        ? null
                        : faces.getViewRoot().getLocale());
    }

    /** How to reach the clerk's office, or empty (PODIUM_CLERK_CONTACT). */
    public String getClerkContact() {
        return config.clerkContact().orElse("");
    }

    /**
     * Whether the page being built is one of the stateless reading pages ({@link ReadingViews}): the template's view
     * is then transient, also when Faces rebuilds it for a postback.
     */
    public boolean isStatelessView() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                && faces.getViewRoot() != null
                && ReadingViews.isStateless(faces.getViewRoot().getViewId());
    }
}
