package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.podium.comment.boundary.Comments;
import org.podium.comment.entity.Comment;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;
import org.podium.web.Faces;

/** "My account": the resident's comments and sign-ups to speak, each with its status and a link to its page. */
@Named
@RequestScoped
public class MyAccountPage {

    @Inject
    Comments comments;

    @Inject
    Speakers speakers;

    private List<Comment> myComments;
    private List<Speaker> mySignUps;

    public List<Comment> getComments() {
        if (myComments == null) {
            myComments = comments.mine();
        }
        return myComments;
    }

    public List<Speaker> getSignUps() {
        if (mySignUps == null) {
            mySignUps = speakers.mine();
        }
        return mySignUps;
    }

    public String status(Speaker s) {
        return Speakers.statusText(s, Faces.locale());
    }

    @Inject
    org.podium.account.boundary.Accounts accounts;

    @Inject
    org.podium.account.web.CurrentUser currentUser;

    @Inject
    org.podium.platform.PodiumConfig config;

    private String current;
    private String password;
    private String repeat;

    /** The account's e-mail address, shown (it is where receipts and password links go). */
    public String getEmail() {
        return currentUser.account().map(org.podium.account.entity.Account::getEmail).orElse("");
    }

    /** Changes the password; every session of the account ends, this one too, and the login page says why. */
    public String changePassword() throws java.io.IOException {
        try {
            if (!ResetPage.typedTwice("changePassword", password, repeat)) {
                return null;
            }
            accounts.changePassword(currentUser.accountId(), current, password, Faces.baseUrl(config));
        } catch (RuntimeException e) {
            Faces.report(e, "changePassword");
            return null;
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session ends below all the same
        }
        external.invalidateSession();
        // the session (and with it the flash) is gone: the login page says it from its address
        return "/login.xhtml?faces-redirect=true&passwordChanged=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
