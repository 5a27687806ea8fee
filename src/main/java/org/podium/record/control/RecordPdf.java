package org.podium.record.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.podium.platform.Bundles;
import org.podium.platform.PdfFonts;

/**
 * The minutes appendix: the record as a PDF, grouped by agenda item, then declared position, then topic; each
 * comment with its tracking number, channel, time received, name and text as published; each campaign once, with its
 * size and signers; the comments not published (without text); the speakers with their times; the moderation log; the
 * final hash at the start and the end. Written straight to the stream, entry by entry.
 */
public final class RecordPdf {

    /** A record's entries as the exports read them: kind and data, in the chain's order. */
    public record Item(String kind, JsonObject data) {}

    private static final String[] POSITIONS = {"SUPPORT", "OPPOSE", "NEUTRAL", ""};

    private final Locale lang;
    private final ZoneId zone;
    private final Font title = PdfFonts.bold(16);
    private final Font heading = PdfFonts.bold(13);
    private final Font subheading = PdfFonts.bold(11);
    private final Font small = PdfFonts.regular(8);
    private final Font meta = PdfFonts.oblique(9);
    private final Font body = PdfFonts.regular(10);
    private final Font mono = PdfFonts.mono(8);

    private UnaryOperator<String> topicNames = UnaryOperator.identity();

    /**
     * A key point of an item as the appendix lists it: its side, wording, how many comments and distinct texts make
     * it ({@code madeOnce}: one text), and their tracking numbers.
     */
    public record KeyPoint(
            String side, String text, long comments, long texts, boolean madeOnce, List<String> trackingNumbers) {}

    private Function<String, List<KeyPoint>> keyPoints = number -> List.of();

    public RecordPdf(Locale lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    /** How a topic's name (the council's own) is written in this PDF's language; as it is by default. */
    public RecordPdf topicNames(UnaryOperator<String> names) {
        this.topicNames = names;
        return this;
    }

    /** The key points of each item, by its number: each item's comments are led by them (none by default). */
    public RecordPdf keyPoints(Function<String, List<KeyPoint>> byItemNumber) {
        this.keyPoints = byItemNumber;
        return this;
    }

    /**
     * Writes the record. {@code progress} is told how many comments are written so far (for a clerk's progress bar).
     */
    public void write(
            List<Item> entries, Instant finalizedAt, String finalHash, OutputStream out, IntConsumer progress) {
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            JsonObject meeting = entries.get(0).data();
            doc.addTitle(text("record.pdf.title", meeting.getString("title")));
            doc.addCreator("Podium");
            doc.open();
            doc.add(new Paragraph(text("record.pdf.title", meeting.getString("title")), title));
            doc.add(new Paragraph(
                    meeting.getString("body") + " · " + when(meeting.getString("startsAt")) + " · "
                            + meeting.getString("location"),
                    meta));
            doc.add(new Paragraph(text("record.pdf.finalized", when(finalizedAt.toString()), entries.size()), meta));
            doc.add(hash(finalHash));
            int written = 0;
            for (JsonValue v : meeting.getJsonArray("items")) {
                JsonObject item = v.asJsonObject();
                String number = item.getString("number");
                doc.add(new Paragraph(" "));
                doc.add(new Paragraph(number + " " + item.getString("title"), heading));
                keyPoints(doc, keyPoints.apply(number));
                List<JsonObject> comments = of(entries, "comment", number);
                written = comments(doc, comments, written, progress);
                List<JsonObject> speakers = of(entries, "speaker", number);
                if (!speakers.isEmpty()) {
                    doc.add(new Paragraph(text("record.pdf.speakers"), subheading));
                    doc.add(speakers(speakers));
                }
            }
            List<JsonObject> log = of(entries, "moderation", null);
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(text("record.pdf.moderation"), heading));
            if (log.isEmpty()) {
                doc.add(new Paragraph(text("record.pdf.moderation.none"), body));
            } else {
                doc.add(moderation(log));
            }
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(
                    text("record.pdf.verify", meeting.getJsonNumber("meetingId").longValue()), meta));
            doc.add(hash(finalHash));
        } catch (DocumentException e) {
            throw new IllegalStateException("the record's PDF could not be written", e);
        } finally {
            doc.close();
        }
    }

    /**
     * An item's key points, per side, each with every tracking number that makes it: a reading aid before the
     * comments themselves (said so: the hash covers the comments, not this grouping).
     */
    private void keyPoints(Document doc, List<KeyPoint> points) throws DocumentException {
        if (points == null || points.isEmpty()) {
            return;
        }
        doc.add(new Paragraph(text("record.pdf.keyPoints"), subheading));
        doc.add(new Paragraph(text("record.pdf.keyPoints.note"), meta));
        String side = null;
        for (KeyPoint k : points) {
            if (!k.side().equals(side)) {
                side = k.side();
                doc.add(new Paragraph(text("summary.keyPoints.side." + side), meta));
            }
            Paragraph p = new Paragraph(
                    (k.madeOnce() ? text("record.pdf.keyPoints.once") + " " : "") + k.text() + " — "
                            + text("summary.keyPoints.count", k.comments())
                            + (k.texts() < k.comments() ? " " + text("summary.keyPoints.texts", k.texts()) : ""),
                    body);
            p.setIndentationLeft(10);
            doc.add(p);
            Paragraph numbers = new Paragraph(String.join(", ", k.trackingNumbers()), small);
            numbers.setIndentationLeft(20);
            doc.add(numbers);
        }
    }

    private int comments(Document doc, List<JsonObject> comments, int written, IntConsumer progress)
            throws DocumentException {
        // a campaign's members are printed once, with its first comment
        Map<String, List<JsonObject>> members = new LinkedHashMap<>();
        for (JsonObject c : comments) {
            String campaign = string(c, "campaign");
            if (campaign != null) {
                members.computeIfAbsent(campaign, k -> new ArrayList<>()).add(c);
            }
        }
        List<JsonObject> notPublished = new ArrayList<>();
        for (String position : POSITIONS) {
            Map<String, List<JsonObject>> byTopic = new LinkedHashMap<>();
            for (JsonObject c : comments) {
                String status = c.getString("status");
                if (!status.equals("PUBLISHED") && !status.equals("RECORD_ONLY")) {
                    if (position.isEmpty()) {
                        notPublished.add(c);
                    }
                    continue;
                }
                String p = string(c, "position");
                if (!(p == null ? "" : p).equals(position)) {
                    continue;
                }
                String campaign = string(c, "campaign");
                if (campaign != null && !campaign.equals(c.getString("tracking"))) {
                    continue;
                }
                JsonArray topics = c.getJsonArray("topics");
                String topic = topics == null || topics.isEmpty() ? "" : topics.getString(0);
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(c);
            }
            if (byTopic.isEmpty()) {
                continue;
            }
            doc.add(new Paragraph(
                    position.isEmpty()
                            ? text("record.pdf.position.none")
                            : Bundles.message(lang, "position." + position),
                    subheading));
            for (Map.Entry<String, List<JsonObject>> t : byTopic.entrySet()) {
                String heading = t.getKey().isEmpty() ? text("record.pdf.topic.none") : topicNames.apply(t.getKey());
                doc.add(new Paragraph(heading, meta));
                for (JsonObject c : t.getValue()) {
                    String campaign = string(c, "campaign");
                    // the header goes with the start of its text (a few lines kept together on one page): never
                    // a header alone at the foot of a page
                    String text = c.getString("text");
                    int lead = leadLength(text);
                    Paragraph head = commentHeader(c);
                    head.add(Chunk.NEWLINE);
                    head.add(new Chunk(text.substring(0, lead), body));
                    head.setKeepTogether(true);
                    head.setSpacingAfter(lead == text.length() ? 4 : 0);
                    doc.add(head);
                    if (lead < text.length()) {
                        Paragraph rest = new Paragraph(text.substring(lead).stripLeading(), body);
                        rest.setSpacingAfter(4);
                        doc.add(rest);
                    }
                    if (c.get("earlierVersions") instanceof JsonArray earlier) {
                        // what the author's edits replaced, as the receipt promised
                        for (JsonValue v : earlier) {
                            JsonObject o = v.asJsonObject();
                            Paragraph e = new Paragraph(
                                    text(
                                                    "record.pdf.earlierVersion",
                                                    o.getJsonNumber("number").longValue(),
                                                    when(o.getString("at")))
                                            + " " + o.getString("text"),
                                    small);
                            e.setIndentationLeft(24);
                            e.setSpacingAfter(4);
                            doc.add(e);
                        }
                    }
                    if (campaign != null) {
                        List<JsonObject> all = members.get(campaign);
                        List<String> signers = new ArrayList<>();
                        for (JsonObject m : all) {
                            String name = string(m, "name");
                            signers.add((name == null ? text("record.pdf.nameWithheld") : name) + " ("
                                    + m.getString("tracking") + ")");
                        }
                        Paragraph s = new Paragraph(
                                text("record.pdf.campaign", all.size()) + " " + String.join("; ", signers), small);
                        s.setIndentationLeft(12);
                        s.setSpacingAfter(6);
                        doc.add(s);
                    }
                }
            }
            written += byTopic.values().stream().mapToInt(List::size).sum();
            progress.accept(written);
        }
        if (!notPublished.isEmpty()) {
            doc.add(new Paragraph(text("record.pdf.notPublished"), subheading));
            for (JsonObject c : notPublished) {
                doc.add(new Paragraph(
                        c.getString("tracking") + " · " + Bundles.message(lang, "channel." + c.getString("channel"))
                                + " · " + when(c.getString("receivedAt")) + " · "
                                + Bundles.message(lang, "comment.status." + c.getString("status")),
                        meta));
            }
        }
        return written;
    }

    /** How much of a text goes on the same page as its header: all of a short one, else about four lines' worth. */
    static int leadLength(String text) {
        int limit = 360;
        if (text.length() <= limit + 120) {
            return text.length();
        }
        int cut = text.lastIndexOf(' ', limit);
        return cut > 100 ? cut : limit;
    }

    private Paragraph commentHeader(JsonObject c) {
        String name = string(c, "name");
        Paragraph p = new Paragraph();
        p.add(new Chunk(c.getString("tracking"), subheading));
        p.add(new Chunk(
                " · " + Bundles.message(lang, "channel." + c.getString("channel")) + " · "
                        + when(c.getString("receivedAt")) + " · "
                        + (name == null ? text("record.pdf.nameWithheld") : name)
                        + (c.getString("status").equals("RECORD_ONLY")
                                ? " · " + Bundles.message(lang, "comment.status.RECORD_ONLY")
                                : ""),
                meta));
        p.setSpacingBefore(4);
        return p;
    }

    private PdfPTable speakers(List<JsonObject> speakers) {
        PdfPTable t = table(
                new float[] {3, 2, 3, 1.2f},
                "record.pdf.speaker.name",
                "record.pdf.speaker.position",
                "record.pdf.speaker.chamber",
                "record.pdf.speaker.time");
        for (JsonObject s : speakers) {
            String name = string(s, "name");
            String position = string(s, "position");
            String chamber = string(s, "chamber");
            JsonValue seconds = s.get("spokenSeconds");
            cell(t, name == null ? text("record.pdf.nameWithheld") : name);
            cell(t, position == null ? "" : Bundles.message(lang, "position." + position));
            cell(
                    t,
                    chamber == null
                            ? text("record.pdf.speaker.notCalled")
                            : chamber.equals("SPOKE")
                                    ? text("record.pdf.speaker.spoke")
                                    : Bundles.message(lang, "speaker.live." + chamber));
            cell(
                    t,
                    seconds instanceof JsonNumber n
                            ? String.format("%d:%02d", n.intValue() / 60, n.intValue() % 60)
                            : "");
        }
        return t;
    }

    private PdfPTable moderation(List<JsonObject> log) {
        PdfPTable t = table(
                new float[] {3, 1, 2, 3},
                "record.pdf.moderation.at",
                "record.pdf.moderation.item",
                "record.pdf.moderation.action",
                "record.pdf.moderation.reason");
        for (JsonObject m : log) {
            cell(t, when(m.getString("at")));
            cell(t, m.getString("item"));
            cell(t, text("record.pdf.moderation." + m.getString("action")));
            String reason = string(m, "reason");
            cell(t, reason == null ? "" : reason);
        }
        return t;
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        for (String h : headers) {
            t.addCell(new Phrase(text(h), subheading));
        }
        return t;
    }

    private void cell(PdfPTable t, String s) {
        t.addCell(new Phrase(s, body));
    }

    private Paragraph hash(String finalHash) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(text("record.pdf.hash") + " ", meta));
        p.add(new Chunk(finalHash, mono));
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private static List<JsonObject> of(List<Item> entries, String kind, String itemNumber) {
        List<JsonObject> out = new ArrayList<>();
        for (Item e : entries) {
            if (e.kind().equals(kind)
                    && (itemNumber == null || itemNumber.equals(e.data().getString("item")))) {
                out.add(e.data());
            }
        }
        return out;
    }

    private static String string(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private String when(String instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(lang)
                .withZone(zone)
                .format(Instant.parse(instant));
    }

    private String text(String key, Object... args) {
        return Bundles.message(lang, key, args);
    }
}
