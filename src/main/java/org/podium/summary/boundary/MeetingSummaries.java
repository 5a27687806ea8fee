package org.podium.summary.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.platform.PodiumException;

/** A meeting's summary, put together from its items' summaries (kept ready by {@link SummaryCache}). */
@Stateless
@PermitAll
public class MeetingSummaries {

    @PersistenceContext
    EntityManager em;

    @Inject
    SummaryCache cache;

    public MeetingSummary of(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.isPublished()) {
            throw PodiumException.notFound("meeting.notFound");
        }
        List<MeetingSummary.Item> items = new ArrayList<>();
        Map<String, Long> byPosition = new LinkedHashMap<>();
        Map<String, Long> byStance = new LinkedHashMap<>();
        long total = 0;
        long mismatches = 0;
        long inCampaigns = 0;
        long speakers = 0;
        for (AgendaItem i : m.getItems()) {
            ItemSummary s = cache.get(i.getId());
            items.add(new MeetingSummary.Item(
                    s.itemId(),
                    s.number(),
                    s.title(),
                    s.titleEs(),
                    s.total(),
                    s.byPosition(),
                    s.byStance(),
                    s.mismatches(),
                    s.unique(),
                    s.inCampaigns(),
                    s.campaigns().size(),
                    s.speakers().confirmed()));
            total += s.total();
            mismatches += s.mismatches();
            inCampaigns += s.inCampaigns();
            speakers += s.speakers().confirmed();
            s.byPosition().forEach((k, v) -> byPosition.merge(k, v, Long::sum));
            s.byStance().forEach((k, v) -> byStance.merge(k, v, Long::sum));
        }
        return new MeetingSummary(
                meetingId,
                m.getTitle(),
                m.getTitleEs(),
                total,
                byPosition,
                byStance,
                mismatches,
                inCampaigns,
                speakers,
                items);
    }
}
