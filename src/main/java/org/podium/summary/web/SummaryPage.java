package org.podium.summary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podium.meeting.web.PublicPages;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;
import org.podium.summary.boundary.ItemSummary;
import org.podium.summary.boundary.SummaryCache;
import org.podium.web.Faces;

/**
 * A council member's summary of an item (council/summary.xhtml): the numbers in tables, the same numbers in charts,
 * read again when the push channel says the item's comments changed (no reload).
 */
@Named
@ViewScoped
public class SummaryPage implements Serializable {

    static final int LINKS_SHOWN = 300;

    private static final long serialVersionUID = 1L;
    static final String[] POSITIONS = {"SUPPORT", "OPPOSE", "NEUTRAL", "NONE"};

    @Inject
    transient SummaryCache cache;

    @Inject
    transient PodiumConfig config;

    @Inject
    transient Speakers speakers;

    private String itemParam;
    private Long itemId;
    private ItemSummary summary;

    /** f:viewAction: an unknown item (or one of an unpublished meeting) is a 404. */
    public void load() throws IOException {
        if (summary != null && FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        itemId = PublicPages.parse(itemParam);
        summary = Faces.orNotFound(itemId, cache::get);
    }

    /** The push channel said the item's comments changed: read the summary again (it is ready, computed already). */
    public void refresh() {
        if (itemId != null) {
            summary = cache.get(itemId);
        }
    }

    public ItemSummary getSummary() {
        return summary;
    }

    /** At most this many comments are linked under a key point (the API lists every one). */
    public int getLinksShown() {
        return LINKS_SHOWN;
    }

    /** Whether the item has a key point or a comment made once on either side (else one line says none yet). */
    public boolean isAnyKeyPoint() {
        return summary != null
                && summary.keyPoints() != null
                && summary.keyPoints().sides().stream()
                        .anyMatch(x -> !x.points().isEmpty() || !x.madeOnce().isEmpty());
    }

    /** The first {@code n} of a list (all of it when shorter). */
    public <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }

    public String getItem() {
        return itemParam;
    }

    public void setItem(String item) {
        this.itemParam = item;
    }

    public Long getItemId() {
        return itemId;
    }

    /** The item's speakers as the public list has them: confirmed in their place, then the waiting list. */
    public List<Speaker> getSpeakers() {
        return speakers.publicList(summary.meetingId()).stream()
                .filter(sp -> sp.getItem().getId() == summary.itemId())
                .toList();
    }

    /** Where the speaker is in the line, or what happened in the chamber ("Spoke 2:47"). */
    public String speakerStatus(Speaker s) {
        var lang = Faces.locale();
        return s.getLive() == null
                ? Speakers.statusText(s, lang)
                : Bundles.message(lang, "speaker.live." + s.getLive(), s.getSpokenTime());
    }

    /** True when a topic of the summary has no Spanish name (a page in Spanish then says whose words they are). */
    public boolean isTopicsUntranslated() {
        return summary.topics().stream().anyMatch(t -> t.topicEs() == null);
    }

    public List<String> getPositions() {
        return List.of(POSITIONS);
    }

    public long declared(String position) {
        return summary.byPosition().getOrDefault(position, 0L);
    }

    public long read(String position) {
        return summary.byStance().getOrDefault(position, 0L);
    }

    public List<Map.Entry<String, Long>> getChannels() {
        return new ArrayList<>(summary.byChannel().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .toList());
    }

    /** When the figures were counted, with the day (a summary read the morning after says so). */
    public String getComputedAt() {
        var lang = Faces.locale();
        return DateTimeFormatter.ofPattern(Bundles.message(lang, "format.datetime.seconds"), lang)
                .withZone(zone())
                .format(summary.computedAt());
    }

    /** The hour comments arrived in, as the page's language writes a date and time ("Fri 4 Dec 2026, 1:00 PM"). */
    public String hour(ItemSummary.Arrival a) {
        var lang = Faces.locale();
        return DateTimeFormatter.ofPattern(Bundles.message(lang, "format.datetime"), lang)
                .withZone(zone())
                .format(a.hour());
    }

    private ZoneId zone() {
        return config.zone();
    }

    /** Declared positions next to the analysis' reading, as a Chart.js bar chart (the table says the same). */
    public String getPositionsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder declared = Json.createArrayBuilder();
        JsonArrayBuilder read = Json.createArrayBuilder();
        for (String p : POSITIONS) {
            labels.add(Faces.text(p.equals("NONE") ? "summary.position.none" : "position." + p));
            declared.add(declared(p));
            read.add(read(p));
        }
        return chart(
                "bar",
                labels,
                dataset(Faces.text("summary.declared"), declared, "#1f5fa8"),
                dataset(Faces.text("summary.read"), read, "#b4531f"));
    }

    public String getChannelsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Map.Entry<String, Long> e : getChannels()) {
            labels.add(Faces.text("channel." + e.getKey()));
            counts.add(e.getValue());
        }
        return chart("bar", labels, dataset(Faces.text("summary.comments"), counts, "#1f5fa8"));
    }

    public String getArrivalsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (ItemSummary.Arrival a : timeAxis(summary.arrivals())) {
            labels.add(hour(a));
            counts.add(a.count());
        }
        return chart("line", labels, dataset(Faces.text("summary.comments"), counts, "#1f5fa8"));
    }

    /**
     * The arrivals on a true time axis: every hour from the first to the last, quiet ones at zero (the summary lists
     * only hours with comments, which would draw three days as three neighbouring points). Over a week, by day.
     */
    static List<ItemSummary.Arrival> timeAxis(List<ItemSummary.Arrival> arrivals) {
        if (arrivals.size() < 2) {
            return arrivals;
        }
        Instant first = arrivals.get(0).hour();
        Instant last = arrivals.get(arrivals.size() - 1).hour();
        long hours = Duration.between(first, last).toHours();
        ChronoUnit step = hours <= 7 * 24 ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Map<Instant, Long> counts = new TreeMap<>();
        for (ItemSummary.Arrival a : arrivals) {
            counts.merge(a.hour().truncatedTo(step), a.count(), Long::sum);
        }
        List<ItemSummary.Arrival> axis = new ArrayList<>();
        for (Instant t = first.truncatedTo(step); !t.isAfter(last); t = t.plus(1, step)) {
            axis.add(new ItemSummary.Arrival(t, counts.getOrDefault(t, 0L)));
        }
        return axis;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", color)
                .add("borderColor", color);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
