package org.podium.insight.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.podium.insight.boundary.ClerkLabels;
import org.podium.insight.boundary.ItemCampaigns;
import org.podium.insight.boundary.TopicAdmin;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;

/**
 * clerk/campaigns.xhtml?item=ID: an item's form-letter campaigns (size, the letter, the wording that differs, the
 * signers), each with its comments in the queue and one stance label for all of them. Also the agreement figure on
 * the meeting page.
 */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemCampaigns itemCampaigns;

    @Inject
    ClerkLabels labels;

    @Inject
    Meetings meetings;

    @Inject
    TopicAdmin topicAdmin;

    private List<TopicAdmin.Group> groups;

    private Long item;
    private List<ItemCampaigns.Campaign> campaigns;
    private String itemTitle;
    private String topicName;

    public void load() {
        if (!Faces.attempt(null, () -> {
            campaigns = itemCampaigns.campaigns(item == null ? -1 : item);
            AgendaItem i = meetings.itemForClerks(item);
            itemTitle = i.getNumber() + " " + i.getTitle();
            groups = topicAdmin.groups(item);
        })) {
            campaigns = null;
        }
    }

    /** Labels every comment of the campaign with one stance. */
    public String label(long campaign, String stance) {
        Faces.attempt(null, () -> {
            int n = labels.labelCampaign(campaign, stance);
            Faces.info("campaigns.labelled", n, Faces.text("position." + stance));
        });
        load();
        return null;
    }

    /** Makes the group at {@code index} a topic: the name the clerk gave, the group's top terms as its keywords. */
    public String makeTopic(int index) {
        Faces.attempt(null, () -> {
            if (groups == null || index < 0 || index >= groups.size()) {
                throw PodiumException.notFound("item.notFound");
            }
            List<TopicAdmin.Entry> topics = new ArrayList<>(topicAdmin.list());
            topics.add(new TopicAdmin.Entry(
                    topicName == null ? "" : topicName, null, groups.get(index).topTerms()));
            int n = topicAdmin.replace(topics).size();
            topicName = null;
            Faces.info("topics.saved", n);
        });
        return null;
    }

    /** The name typed in the group's form that was posted (each group has a form of its own). */
    public String getTopicName() {
        return topicName;
    }

    public void setTopicName(String topicName) {
        this.topicName = topicName;
    }

    public List<TopicAdmin.Group> getGroups() {
        return groups;
    }

    /** "The machine agreed with the clerks on 18 of 20 comments (90%)", or null before any label. */
    public ClerkLabels.Agreement agreement(long itemId) {
        ClerkLabels.Agreement a = labels.agreement(itemId);
        return a.labelled() == 0 ? null : a;
    }

    /** "On topics, the machine agreed with the clerks on 40 of 48 decisions (83%)", or null before any decision. */
    public ClerkLabels.Agreement topicAgreement(long itemId) {
        ClerkLabels.Agreement a = labels.topicAgreement(itemId);
        return a.labelled() == 0 ? null : a;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public List<ItemCampaigns.Campaign> getCampaigns() {
        return campaigns;
    }

    public String getItemTitle() {
        return itemTitle;
    }
}
