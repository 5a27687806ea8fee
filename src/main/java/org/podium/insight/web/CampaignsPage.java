package org.podium.insight.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.podium.insight.boundary.Insight;
import org.podium.meeting.entity.AgendaItem;
import org.podium.web.Faces;

/**
 * clerk/campaigns.xhtml?item=ID: an item's form-letter campaigns (size, the letter, the wording that differs, the
 * signers), each with its comments in the queue and one stance label for all of them. Also the agreement figure on
 * the meeting page.
 */
@Named
@ViewScoped
public class CampaignsPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Insight insight;

    @Inject
    org.podium.meeting.boundary.Meetings meetings;

    @Inject
    org.podium.insight.boundary.TopicAdmin topicAdmin;

    private List<org.podium.insight.boundary.TopicAdmin.Group> groups;

    private Long item;
    private List<Insight.Campaign> campaigns;
    private String itemTitle;

    public void load() {
        try {
            campaigns = insight.campaigns(item == null ? -1 : item);
            AgendaItem i = meetings.itemForClerks(item);
            itemTitle = i.getNumber() + " " + i.getTitle();
            groups = topicAdmin.groups(item);
        } catch (RuntimeException e) {
            campaigns = null;
            Faces.report(e, null);
        }
    }

    /** Labels every comment of the campaign (parameter "campaign"). */
    public String label(String stance) {
        String id = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("campaign");
        try {
            int n = insight.labelCampaign(Long.parseLong(id), stance);
            Faces.info("campaigns.labelled", n, Faces.text("position." + stance));
        } catch (NumberFormatException e) {
            Faces.report(org.podium.platform.PodiumException.notFound("analysis.campaign.notFound"), null);
        } catch (RuntimeException e) {
            Faces.report(e, null);
        }
        load();
        return null;
    }

    /** Makes a group a topic: the name the clerk gave (parameter "name"), the group's top terms as its keywords. */
    public String makeTopic() {
        var p = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap();
        try {
            int index = Integer.parseInt(p.getOrDefault("group", "-1"));
            List<org.podium.insight.boundary.TopicAdmin.Entry> topics = new java.util.ArrayList<>(topicAdmin.list());
            topics.add(new org.podium.insight.boundary.TopicAdmin.Entry(
                    p.getOrDefault("name", ""), null, groups.get(index).topTerms()));
            int n = topicAdmin.replace(topics).size();
            Faces.info("topics.saved", n);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            Faces.report(org.podium.platform.PodiumException.notFound("item.notFound"), null);
        } catch (RuntimeException e) {
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Faces.problemText(e), null));
        }
        return null;
    }

    public List<org.podium.insight.boundary.TopicAdmin.Group> getGroups() {
        return groups;
    }

    /** "The machine agreed with the clerks on 18 of 20 comments (90%)", or null before any label. */
    public Insight.Agreement agreement(long itemId) {
        Insight.Agreement a = insight.agreement(itemId);
        return a.labelled() == 0 ? null : a;
    }

    /** "On topics, the machine agreed with the clerks on 40 of 48 decisions (83%)", or null before any decision. */
    public Insight.Agreement topicAgreement(long itemId) {
        Insight.Agreement a = insight.topicAgreement(itemId);
        return a.labelled() == 0 ? null : a;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public List<Insight.Campaign> getCampaigns() {
        return campaigns;
    }

    public String getItemTitle() {
        return itemTitle;
    }
}
