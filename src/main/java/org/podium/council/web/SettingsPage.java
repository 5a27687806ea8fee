package org.podium.council.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.podium.council.boundary.Settings;
import org.podium.council.entity.CouncilSettings;
import org.podium.council.entity.UnverifiedComments;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;

/** Administrators: the council's rules for written comments. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    private Integer commentMaxLength;
    private boolean acceptLate;
    private UnverifiedComments unverifiedComments;
    private long version;
    private boolean autoPublish;
    private Integer reportThreshold;

    @PostConstruct
    void load() {
        CouncilSettings s = settings.forAdministrators();
        commentMaxLength = s.getCommentMaxLength();
        acceptLate = s.isAcceptLate();
        unverifiedComments = s.getUnverifiedComments();
        version = s.getVersion();
        autoPublish = s.isAutoPublish();
        reportThreshold = s.getReportThreshold();
    }

    public String save() {
        try {
            settings.change(commentMaxLength, acceptLate, unverifiedComments, autoPublish, reportThreshold, version);
        } catch (RuntimeException e) {
            Faces.report(e, "settings");
            if (e instanceof PodiumException p && p.status() == 409) {
                load();
            }
            return null;
        }
        Faces.keepMessages();
        Faces.info("settings.saved");
        return "/admin/settings.xhtml?faces-redirect=true";
    }

    public UnverifiedComments[] getUnverifiedChoices() {
        return UnverifiedComments.values();
    }

    public int getMinLength() {
        return CouncilSettings.MIN_LENGTH;
    }

    public int getMaxLength() {
        return CouncilSettings.MAX_LENGTH;
    }

    public Integer getCommentMaxLength() {
        return commentMaxLength;
    }

    public void setCommentMaxLength(Integer commentMaxLength) {
        this.commentMaxLength = commentMaxLength;
    }

    public boolean isAcceptLate() {
        return acceptLate;
    }

    public void setAcceptLate(boolean acceptLate) {
        this.acceptLate = acceptLate;
    }

    public UnverifiedComments getUnverifiedComments() {
        return unverifiedComments;
    }

    public void setUnverifiedComments(UnverifiedComments unverifiedComments) {
        this.unverifiedComments = unverifiedComments;
    }

    public boolean isAutoPublish() {
        return autoPublish;
    }

    public void setAutoPublish(boolean autoPublish) {
        this.autoPublish = autoPublish;
    }

    public Integer getReportThreshold() {
        return reportThreshold;
    }

    public void setReportThreshold(Integer reportThreshold) {
        this.reportThreshold = reportThreshold;
    }
}
