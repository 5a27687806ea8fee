package org.podium.council.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.council.entity.CouncilSettings;
import org.podium.council.entity.UnverifiedComments;
import org.podium.platform.PodiumException;

/** The council's settings for written comments (administrators, HTTP Basic). */
@Path("admin/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    /**
     * {@code unverifiedComments} is PUBLISH or RECORD_ONLY; {@code autoPublish} and {@code reportThreshold} (1–100)
     * keep their value when left out; {@code version} is the one read (optional).
     */
    public record SettingsJson(
            Integer commentMaxLength,
            Boolean acceptLate,
            String unverifiedComments,
            Boolean autoPublish,
            Integer reportThreshold,
            Long version) {
        static SettingsJson of(CouncilSettings s) {
            return new SettingsJson(
                    s.getCommentMaxLength(),
                    s.isAcceptLate(),
                    s.getUnverifiedComments().name(),
                    s.isAutoPublish(),
                    s.getReportThreshold(),
                    s.getVersion());
        }
    }

    @Inject
    Settings settings;

    @GET
    @Operation(summary = "The council's settings for written comments (administrators)")
    public SettingsJson get() {
        return SettingsJson.of(settings.forAdministrators());
    }

    @PUT
    @Operation(
            summary = "Change the council's settings (administrators); 409 when another administrator saved since "
                    + "the given version")
    public SettingsJson change(SettingsJson body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        CouncilSettings now = settings.forAdministrators();
        return SettingsJson.of(settings.change(
                body.commentMaxLength(),
                body.acceptLate(),
                unverified(body.unverifiedComments()),
                body.autoPublish() == null ? now.isAutoPublish() : body.autoPublish(),
                body.reportThreshold() == null ? now.getReportThreshold() : body.reportThreshold(),
                body.version()));
    }

    static UnverifiedComments unverified(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UnverifiedComments.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("unverifiedComments", "settings.unverified.required");
        }
    }
}
