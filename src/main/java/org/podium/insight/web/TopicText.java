package org.podium.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.insight.boundary.Topics;
import org.podium.web.Faces;

/**
 * A topic's name on a page: in Spanish where the clerks gave one and the page is in Spanish, else the council's own
 * (English) name, with its language for the lang attribute around it. A topic is still chosen by its own name.
 */
@Named("topicText")
@RequestScoped
public class TopicText {

    @Inject
    Topics topics;

    public String name(String topic) {
        return topics.name(topic, Faces.locale());
    }

    public String lang(String topic) {
        return topics.translated(topic, Faces.locale()) ? Faces.locale().getLanguage() : "en";
    }
}
