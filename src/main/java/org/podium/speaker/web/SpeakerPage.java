package org.podium.speaker.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;
import org.podium.web.Faces;

/** speaker.xhtml?c=SPK-…&k=…: a sign-up's status, for the person who made it (the link of the mail), and withdrawal. */
@Named
@ViewScoped
public class SpeakerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Speakers speakers;

    private String number;
    private String key;
    /** The token of the confirmation mail's link, when the page was opened from it. */
    private String confirmToken;

    private boolean fresh;
    private Speaker speaker;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && speaker != null) {
            return;
        }
        // the key comes in the address (from the sign-up's redirect or the mail's link)
        fresh = Boolean.TRUE.equals(faces.getExternalContext().getFlash().get("speakerNew"));
        reload();
    }

    private void reload() {
        if (!Faces.attempt(null, () -> {
            speaker = speakers.own(number, key);
        })) {
            speaker = null;
        }
    }

    /** The person confirms the address with the mail's token: the sign-up joins the line now. */
    public String confirm() {
        Faces.attempt(null, () -> {
            speakers.confirm(number, confirmToken);
            Faces.info("speaker.confirmedNow");
        });
        reload();
        return null;
    }

    /** The button to confirm: the page came from the mail's link and the address is not confirmed yet. */
    public boolean isConfirmable() {
        return speaker != null
                && speaker.getStatus() == Speaker.Status.UNCONFIRMED
                && confirmToken != null
                && !confirmToken.isBlank();
    }

    public String getConfirm() {
        return confirmToken;
    }

    public void setConfirm(String confirm) {
        this.confirmToken = confirm;
    }

    public String withdraw() {
        Faces.attempt(null, () -> {
            speakers.withdraw(number, key);
            Faces.info("speaker.withdrawnNow");
        });
        reload();
        return null;
    }

    public String getStatusText() {
        return Speakers.statusText(speaker, Faces.locale());
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public boolean isFresh() {
        return fresh;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
