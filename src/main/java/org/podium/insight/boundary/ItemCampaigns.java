package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.podium.account.entity.Role;
import org.podium.comment.boundary.CommentReadings;
import org.podium.comment.entity.Comment;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

/**
 * An item's campaigns as staff read them: each with its first comment, its size, how its copies differ and who
 * signed them (grouping them is {@link Insight}'s, as comments arrive).
 */
@Stateless
@PermitAll
public class ItemCampaigns {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    /** A campaign of an item: its first comment, its size, its members' texts as they differ, its signers. */
    public record Campaign(
            long id,
            String representativeTracking,
            String representativeText,
            int size,
            List<String> variations,
            List<String> signers,
            Map<String, Long> positions)
            implements Serializable {}

    /** Staff: an item's campaigns of two comments or more, largest first, withdrawn comments left out. */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME, Role.COUNCIL_NAME})
    public List<Campaign> campaigns(long itemId) {
        if (em.find(AgendaItem.class, itemId) == null) {
            throw PodiumException.notFound("item.notFound");
        }
        List<Comment> members = comments.campaignMembers(itemId);
        Map<Long, List<Comment>> byCampaign = members.stream()
                .collect(Collectors.groupingBy(Comment::getCampaignId, LinkedHashMap::new, Collectors.toList()));
        List<Campaign> out = new ArrayList<>();
        byCampaign.forEach((id, list) -> {
            Comment first = list.stream()
                    .filter(c -> c.getId() == id.longValue())
                    .findFirst()
                    .orElse(list.get(0));
            Map<Long, String> variations = new LinkedHashMap<>();
            Map<String, Long> positions = new HashMap<>();
            for (Comment c : list) {
                if (!c.getReading().getTextHash().equals(first.getReading().getTextHash())) {
                    variations.putIfAbsent(c.getReading().getTextHash(), c.getBody());
                }
                positions.merge(
                        c.getPosition() == null ? "NONE" : c.getPosition().name(), 1L, Long::sum);
            }
            out.add(new Campaign(
                    id,
                    first.getTrackingNumber(),
                    first.getBody(),
                    list.size(),
                    variations.values().stream().limit(20).toList(),
                    list.stream()
                            .map(c -> c.isNameWithheld() || c.getDisplayName() == null
                                    ? c.getTrackingNumber()
                                    : c.getDisplayName())
                            .toList(),
                    positions));
        });
        out.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return out;
    }

    /** The number of comments of each of these campaigns (one query, for a page of the queue). */
    public Map<Long, Long> campaignSizes(Collection<Long> campaignIds) {
        return comments.campaignSizes(campaignIds);
    }
}
