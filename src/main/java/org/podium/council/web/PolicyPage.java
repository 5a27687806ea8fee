package org.podium.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.web.Faces;

/** The public posting policy page. */
@Named
@RequestScoped
public class PolicyPage {

    @Inject
    PostingPolicy policy;

    private List<ModerationReason> reasons;

    public List<ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    public String text(ModerationReason r) {
        return r.publicText(Faces.locale());
    }
}
