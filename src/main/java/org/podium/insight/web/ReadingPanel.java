package org.podium.insight.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.podium.comment.entity.Comment;
import org.podium.comment.web.TrackingPage;
import org.podium.insight.boundary.ClerkLabels;
import org.podium.web.Faces;

/**
 * The clerk's corrections of what the machine read in one comment, on the comment's page: its stance (which teaches
 * the item's model) and its topics. The page itself ({@link TrackingPage}) belongs to comment and knows nothing of the
 * analysis; this panel reads the comment from it and asks it to read the comment again after a change.
 */
@Named
@ViewScoped
public class ReadingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrackingPage page;

    @Inject
    ClerkLabels labels;

    private List<String> chosenTopics;

    /** A clerk labels the comment's stance. */
    public String label(String stance) {
        Comment c = page.getComment();
        Faces.attempt("reading", () -> {
            labels.label(c.getTrackingNumber(), stance);
            Faces.info("queue.labelled", c.getTrackingNumber(), Faces.text("position." + stance));
        });
        changed();
        return null;
    }

    /** A clerk corrects the comment's topics. */
    public String saveTopics() {
        Faces.attempt("readingTopics", () -> {
            labels.setTopics(page.getComment().getTrackingNumber(), getChosenTopics());
            Faces.info("track.reading.topicsSaved");
        });
        changed();
        return null;
    }

    /** The council's topics, and any topic of the comment no longer among them. */
    public List<String> getTopicChoices() {
        List<String> all = new ArrayList<>(labels.topicNames());
        page.getComment().getReading().getTopicList().stream()
                .filter(t -> !all.contains(t))
                .forEach(all::add);
        return all;
    }

    /** The comment's topics as stored, until the clerk changes the ticks. */
    public List<String> getChosenTopics() {
        if (chosenTopics == null && page.getComment() != null) {
            chosenTopics = new ArrayList<>(page.getComment().getReading().getTopicList());
        }
        return chosenTopics;
    }

    public void setChosenTopics(List<String> chosenTopics) {
        this.chosenTopics = chosenTopics;
    }

    private void changed() {
        page.refresh();
        chosenTopics = null;
    }
}
