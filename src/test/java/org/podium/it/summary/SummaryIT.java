package org.podium.it.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.COUNCIL;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Deployments;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Pdfs;

/**
 * The item summary on the real stack: every number equal to what this test counts itself from the comments it made
 * (and from what the analysis read in each, through the staff API); small wards folded for the public; quotes from
 * published comments only; the summary counted again after a change, without being asked.
 */
class SummaryIT extends DeployedTest {

    long meeting;
    long item;

    @BeforeEach
    void agenda() {
        meeting = createMeeting(
                clerk(), "Summary " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        item = addItem(clerk(), meeting, "1", "Ordinance: 2027 property tax levy increase of $60 million");
        publish(clerk(), meeting);
    }

    record Made(String tracking, String position, String channel, String ward, String status, String text) {}

    Made enter(String channel, String position, String ward, String text, String decision) {
        HttpResponse<String> r = clerk().post(
                        "api/v1/clerk/items/" + item + "/comments",
                        json(
                                "channel",
                                channel,
                                "receivedAt",
                                Instant.now().minusSeconds(300),
                                "position",
                                position,
                                "ward",
                                ward,
                                "text",
                                text,
                                "name",
                                "Resident"));
        assertEquals(201, r.statusCode(), r.body());
        String t = Http.object(r).getString("trackingNumber");
        if (decision != null) {
            assertEquals(
                    200,
                    clerk().post(
                                    "api/v1/clerk/comments/" + t + "/decision",
                                    json(
                                            "decision",
                                            decision,
                                            "reason",
                                            decision.equals("REJECT") ? "off-topic" : null))
                            .statusCode());
        }
        String status = decision == null
                ? "RECEIVED"
                : switch (decision) {
                    case "PUBLISH" -> "PUBLISHED";
                    case "REJECT" -> "REJECTED";
                    default -> decision;
                };
        return new Made(t, position == null ? "NONE" : position, channel, ward, status, text);
    }

    @Test
    void everyNumberIsWhatTheTestCountsItself_AndAChangeIsCountedWithoutAsking() throws Exception {
        String ward = "Ward " + UUID.randomUUID().toString().substring(0, 6);
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(enter(
                    "LETTER",
                    "OPPOSE",
                    "7",
                    Fixtures.FORM_LETTER + (i == 0 ? "" : " Signed, resident " + i + "."),
                    "PUBLISH"));
        }
        made.add(enter(
                "EMAIL",
                "SUPPORT",
                "3",
                "I support the levy. Our libraries and parks have been neglected for a"
                        + " decade and the children of this city deserve better schools.",
                "PUBLISH"));
        made.add(enter(
                "CARD",
                "SUPPORT",
                null,
                "Please vote yes. Police and fire response times matter to every " + "family in this neighbourhood.",
                "RECORD_ONLY"));
        made.add(enter(
                "VOICEMAIL", null, ward, "Seniors on fixed incomes worry about their property tax bills.", "PUBLISH"));
        made.add(enter("EMAIL", "OPPOSE", "3", "OFF-TOPIC-" + ward + " the bike lanes on Elm Street", "REJECT"));
        made.add(enter(
                "LETTER",
                "NEUTRAL",
                "7",
                "The levy notice arrived late; small business owners need time to " + "plan their budgets.",
                null));
        for (Made m : made) {
            Fixtures.grouped(clerk(), m.tracking());
        }

        // what this test counts itself
        List<String> counted = List.of("RECEIVED", "PUBLISHED", "RECORD_ONLY", "IN_RECORD");
        Map<String, Long> byPosition = new TreeMap<>();
        Map<String, Long> byStance = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byWard = new TreeMap<>();
        Map<String, Long> byTopic = new TreeMap<>();
        Map<Long, Long> campaignSizes = new HashMap<>();
        long total = 0;
        long mismatches = 0;
        for (Made m : made) {
            if (!counted.contains(m.status())) {
                continue;
            }
            total++;
            JsonObject a =
                    Http.object(clerk().get("api/v1/comments/" + m.tracking())).getJsonObject("analysis");
            byPosition.merge(m.position(), 1L, Long::sum);
            byStance.merge(a.getString("stance"), 1L, Long::sum);
            byChannel.merge(m.channel(), 1L, Long::sum);
            byWard.merge(m.ward() == null ? "(not given)" : m.ward(), 1L, Long::sum);
            a.getJsonArray("topics").forEach(t -> byTopic.merge(((JsonString) t).getString(), 1L, Long::sum));
            campaignSizes.merge(a.getJsonNumber("campaignId").longValue(), 1L, Long::sum);
            mismatches += a.getBoolean("mismatch") ? 1 : 0;
        }
        long inCampaigns = campaignSizes.values().stream()
                .filter(n -> n > 1)
                .mapToLong(Long::longValue)
                .sum();
        assertEquals(6, inCampaigns, "the six copies of the letter are one campaign");

        JsonObject s = summary(as(COUNCIL), total);
        assertEquals(total, s.getJsonNumber("total").longValue());
        assertEquals(byPosition, nonZero(s.getJsonObject("byPosition")));
        assertEquals(byStance, nonZero(s.getJsonObject("byStance")));
        assertEquals(byChannel, nonZero(s.getJsonObject("byChannel")));
        assertEquals(mismatches, s.getJsonNumber("mismatches").longValue());
        Map<String, Long> wards = new TreeMap<>();
        s.getJsonArray("byWard")
                .forEach(w -> wards.put(
                        w.asJsonObject().get("ward") == JsonValue.NULL
                                ? "(not given)"
                                : w.asJsonObject().getString("ward"),
                        w.asJsonObject().getJsonNumber("count").longValue()));
        assertEquals(byWard, wards);
        assertEquals(1, s.getJsonObject("byStatus").getInt("REJECTED"));
        assertEquals(1, s.getJsonObject("byStatus").getInt("RECEIVED"));
        assertEquals(total - inCampaigns, s.getJsonNumber("unique").longValue());
        assertEquals(inCampaigns, s.getJsonNumber("inCampaigns").longValue());
        JsonObject campaign = s.getJsonArray("campaigns").getJsonObject(0);
        assertEquals(6, campaign.getInt("size"));
        assertEquals(made.get(0).tracking(), campaign.getString("representativeTracking"));
        assertTrue(campaign.getString("text").startsWith("Dear Council Members"));
        Map<String, Long> topics = new TreeMap<>();
        Set<String> published = new HashSet<>();
        made.stream().filter(m -> m.status().equals("PUBLISHED")).forEach(m -> published.add(m.tracking()));
        for (JsonValue v : s.getJsonArray("topics")) {
            JsonObject t = v.asJsonObject();
            topics.put(t.getString("topic"), t.getJsonNumber("count").longValue());
            assertTrue(t.getJsonArray("quotes").size() <= 3);
            for (JsonValue q : t.getJsonArray("quotes")) {
                assertTrue(
                        published.contains(q.asJsonObject().getString("trackingNumber")), "quotes are published: " + q);
            }
        }
        assertEquals(byTopic, topics);
        long arrived = s.getJsonArray("arrivals").stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
                .sum();
        assertEquals(total, arrived);

        // the public: the same counts, the ward of one comment folded into "other", nothing rejected
        HttpResponse<String> pub = new Http(base.toString()).get("api/v1/items/" + item + "/summary");
        assertEquals(200, pub.statusCode());
        assertFalse(pub.body().contains(ward), "a ward of one comment is not named to the public");
        assertFalse(pub.body().contains("OFF-TOPIC"), "rejected text never");
        assertTrue(pub.body().contains("\"ward\":\"other\""), pub.body());
        assertEquals(total, Http.object(pub).getJsonNumber("total").longValue());

        // a change is counted again in the background: the next read has it, nobody asked for a recount
        Made more = enter("EMAIL", "SUPPORT", "3", "I support it, the library hours matter.", "PUBLISH");
        // within 8 s: before the 10 s after which a read would ask for a recount itself, so only the change's event
        // can have made it happen
        JsonObject after = summary(as(COUNCIL), total + 1, 8);
        assertEquals(
                byPosition.getOrDefault("SUPPORT", 0L) + 1,
                after.getJsonObject("byPosition").getJsonNumber("SUPPORT").longValue());
        assertTrue(Instant.parse(after.getString("computedAt")).isAfter(Instant.parse(s.getString("computedAt"))));
        assertEquals(
                404,
                new Http(base.toString()).get("api/v1/items/999999999/summary").statusCode());

        // the meeting at a glance: its one item's figures and the same totals
        JsonObject m = Http.object(new Http(base.toString()).get("api/v1/meetings/" + meeting + "/summary"));
        assertEquals(total + 1, m.getJsonNumber("total").longValue());
        assertEquals(1, m.getJsonArray("items").size());
        assertEquals(
                total + 1,
                m.getJsonArray("items").getJsonObject(0).getJsonNumber("total").longValue());
        assertEquals(
                after.getJsonObject("byStance").toString(),
                m.getJsonObject("byStance").toString());
        assertEquals(
                404,
                new Http(base.toString())
                        .get("api/v1/meetings/999999999/summary")
                        .statusCode());

        // the one-page brief, for council members: a real PDF of one page, with the figures
        HttpResponse<byte[]> brief = as(COUNCIL).getBytes("api/v1/items/" + item + "/brief.pdf");
        assertEquals(200, brief.statusCode());
        PdfReader reader = new PdfReader(brief.body());
        assertEquals(1, reader.getNumberOfPages(), "one page");
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        assertTrue(xobjects != null && xobjects.size() >= 1, "the positions chart is drawn on the page");
        reader.close();
        String meetingTitle =
                Http.object(clerk().get("api/v1/meetings/" + meeting)).getString("title");
        String text = Pdfs.text(brief.body());
        for (String must : List.of(
                "Brief: 1 Ordinance: 2027 property tax levy",
                meetingTitle,
                "Council Chamber",
                (total + 1) + " comments:",
                "Seniors and fixed incomes",
                "6 copies:",
                "Dear Council Members")) {
            assertTrue(text.contains(must.replaceAll("\\s+", "")), "the brief has " + must);
        }
        assertFalse(text.contains("OFF-TOPIC"), "never a rejected text");
        assertEquals(
                403,
                as(Deployments.RESIDENT)
                        .getBytes("api/v1/items/" + item + "/brief.pdf")
                        .statusCode());
        assertEquals(
                401,
                new Http(base.toString())
                        .getBytes("api/v1/items/" + item + "/brief.pdf")
                        .statusCode());
        assertFalse(more.tracking().isEmpty());
    }

    /**
     * The summary once it counts {@code total} comments: it is computed again in the background after each change,
     * a second apart at most, so the test reads until the last change is in (20 s at most).
     */
    JsonObject summary(Http http, long total) throws InterruptedException {
        return summary(http, total, 20);
    }

    JsonObject summary(Http http, long total, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject s = Http.object(http.get("api/v1/items/" + item + "/summary"));
        while (s.getJsonNumber("total").longValue() != total && System.nanoTime() < deadline) {
            Thread.sleep(200);
            s = Http.object(http.get("api/v1/items/" + item + "/summary"));
        }
        assertEquals(total, s.getJsonNumber("total").longValue(), s.toString());
        return s;
    }

    static Map<String, Long> nonZero(JsonObject counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> {
            long n = ((JsonNumber) v).longValue();
            if (n > 0) {
                out.put(k, n);
            }
        });
        return out;
    }
}
