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
}
