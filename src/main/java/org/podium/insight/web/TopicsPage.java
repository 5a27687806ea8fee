package org.podium.insight.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.podium.insight.boundary.TopicAdmin;
import org.podium.web.Faces;

/** clerk/topics.xhtml: the council's topics as lines of text, "Name | Spanish name: keyword, keyword". */
@Named
@ViewScoped
public class TopicsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdmin admin;

    private String text;

    public void load() {
        if (text == null) {
            text = format(admin.list());
        }
    }

    static String format(List<TopicAdmin.Entry> topics) {
        StringBuilder b = new StringBuilder();
        for (TopicAdmin.Entry t : topics) {
            b.append(t.name());
            if (t.nameEs() != null) {
                b.append(" | ").append(t.nameEs());
            }
            b.append(": ").append(String.join(", ", t.keywords())).append('\n');
        }
        return b.toString();
    }

    /**
     * One topic per line, "Name: keyword, keyword" or "Name | Spanish name: keyword, keyword"; blank lines are
     * skipped. Null after a message about a line.
     */
    static List<TopicAdmin.Entry> parse(String text) {
        List<TopicAdmin.Entry> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                Faces.error(
                        "topics:text",
                        "topics.line",
                        i + 1,
                        Faces.text("topics.keywords.invalid", line, TopicAdmin.MAX_KEYWORDS));
                return null;
            }
            String names = line.substring(0, colon);
            int bar = names.indexOf('|');
            out.add(new TopicAdmin.Entry(
                    bar < 0 ? names.strip() : names.substring(0, bar).strip(),
                    bar < 0 ? null : names.substring(bar + 1).strip(),
                    Arrays.stream(line.substring(colon + 1).split(","))
                            .map(String::strip)
                            .toList()));
        }
        return out;
    }

    public String save() {
        List<TopicAdmin.Entry> topics = parse(text);
        if (topics == null) {
            return null;
        }
        try {
            List<TopicAdmin.Entry> saved = admin.replace(topics);
            text = format(saved);
            Faces.info("topics.saved", saved.size());
        } catch (RuntimeException e) {
            FacesContext f = FacesContext.getCurrentInstance();
            f.addMessage("topics:text", new FacesMessage(FacesMessage.SEVERITY_ERROR, Faces.problemText(e), null));
            f.validationFailed();
        }
        return null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
