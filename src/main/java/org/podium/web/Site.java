package org.podium.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.platform.PodiumConfig;

/** Site-wide facts for the page template. */
@Named("podiumSite")
@ApplicationScoped
public class Site {

    @Inject
    PodiumConfig config;

    public String getCouncilName() {
        return config.councilName();
    }
}
