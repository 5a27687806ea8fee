package org.podium.council.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;

/** Administrators: the reasons of the posting policy, their wording in both languages, new ones, retiring one. */
@Named
@ViewScoped
public class AdminPolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostingPolicy policy;

    private List<ModerationReason> reasons;
    private boolean adding = true;
    private String code;
    private String publicTextEn;
    private String publicTextEs;
    private String authorTextEn;
    private String authorTextEs;
    private boolean active = true;
    private Long version;

    @PostConstruct
    void load() {
        reasons = policy.all();
    }

    public void edit(ModerationReason r) {
        adding = false;
        code = r.getCode();
        publicTextEn = r.getPublicTextEn();
        publicTextEs = r.getPublicTextEs();
        authorTextEn = r.getAuthorTextEn();
        authorTextEs = r.getAuthorTextEs();
        active = r.isActive();
        version = r.getVersion();
    }

    public String save() {
        try {
            if (adding) {
                policy.add(code, publicTextEn, publicTextEs, authorTextEn, authorTextEs);
            } else {
                policy.change(code, publicTextEn, publicTextEs, authorTextEn, authorTextEs, active, version);
            }
        } catch (RuntimeException e) {
            Faces.report(e, "reason");
            if (e instanceof PodiumException p && p.status() == 409 && !adding) {
                policy.byCode(code).ifPresent(this::edit);
            }
            return null;
        }
        Faces.keepMessages();
        Faces.info("policy.saved", code.strip());
        return "/admin/policy.xhtml?faces-redirect=true";
    }

    public List<ModerationReason> getReasons() {
        return reasons;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPublicTextEn() {
        return publicTextEn;
    }

    public void setPublicTextEn(String v) {
        this.publicTextEn = v;
    }

    public String getPublicTextEs() {
        return publicTextEs;
    }

    public void setPublicTextEs(String v) {
        this.publicTextEs = v;
    }

    public String getAuthorTextEn() {
        return authorTextEn;
    }

    public void setAuthorTextEn(String v) {
        this.authorTextEn = v;
    }

    public String getAuthorTextEs() {
        return authorTextEs;
    }

    public void setAuthorTextEs(String v) {
        this.authorTextEs = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
